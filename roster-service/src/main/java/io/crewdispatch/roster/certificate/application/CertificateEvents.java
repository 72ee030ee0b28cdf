package io.crewdispatch.roster.certificate.application;

/** CertificateExpiring on ops-events. */
public interface CertificateEvents {

  /** Publishes and waits for the broker's ack; throws when it was not acknowledged. */
  void publish(LapsingCertificate lapsing);
}
