package io.crewdispatch.notification.delivery.application;

/**
 * What the mail system accepted: its id for the message (Gmail's message id, or the Message-ID
 * header over SMTP) and the exact RFC 822 bytes sent, for the archive.
 */
public record SentMail(String messageId, byte[] mime) {}
