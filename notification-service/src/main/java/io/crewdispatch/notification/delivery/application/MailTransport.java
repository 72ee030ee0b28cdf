package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.delivery.domain.Email;

/**
 * Port: hands a message to the mail system (Gmail API or an SMTP server).
 *
 * <p>Throws {@link PermanentDeliveryException} when the message can never go (a bad address),
 * {@link CredentialsRefusedException} when the account's credentials are refused, and {@link
 * TransientDeliveryException} when it may go later (quota, server down) after the transport's own
 * retries.
 */
@FunctionalInterface
public interface MailTransport {

  SentMail send(Email email);
}
