package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.CrewMember;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which certificate is the captain's licence, and whether a captain without one on record may be
 * called (most sheets do not track licences yet, so by default they may).
 */
public record LicenceRule(String certificate, boolean required) {

  public static final LicenceRule NOT_TRACKED = new LicenceRule("Captain's Licence", false);

  /** Why the captain may not sail on {@code sailDate}, if their licence does not cover it. */
  Optional<String> lapse(CrewMember captain, LocalDate sailDate) {
    Optional<LocalDate> expiry = captain.certificateExpiry(certificate);
    if (expiry.isEmpty()) {
      return required ? Optional.of("has no " + certificate + " on record") : Optional.empty();
    }
    if (expiry.get().isBefore(sailDate)) {
      return Optional.of("has a " + certificate + " that lapses on " + expiry.get());
    }
    return Optional.empty();
  }
}
