package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.delivery.domain.Email;

/**
 * Port: a second way to reach the office (SMTP) when the main transport's credentials are refused.
 * Absent when no SMTP server is configured.
 */
@FunctionalInterface
public interface AlertTransport {

  SentMail send(Email email);
}
