package io.crewdispatch.roster.certificate.application;

import java.time.LocalDate;

/**
 * Which warnings were given, kept with the member in crew-roster: a claim is a conditional write,
 * so of two instances (or a restarted one) exactly one warns for a member, certificate and date.
 */
public interface CertificateWarnings {

  /** True when this call is the first to claim the warning; false when it was claimed before. */
  boolean claim(String crewId, String certificate, LocalDate expiresOn);

  /** The warning could not be published after all: the next check claims it again. */
  void release(String crewId, String certificate, LocalDate expiresOn);
}
