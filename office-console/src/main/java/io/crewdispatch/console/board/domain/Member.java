package io.crewdispatch.console.board.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * A roster member as their latest RosterChanged says: availability by day (true = available),
 * paired captain by month, certificate expiry by name. {@code asOf} orders records of one person.
 */
public record Member(
    String crewId,
    String name,
    OpenCall.Role rank,
    boolean active,
    Map<LocalDate, Boolean> availability,
    Map<YearMonth, String> pairedCaptainByMonth,
    Map<String, LocalDate> certificates,
    Instant asOf) {

  public Member {
    availability = Map.copyOf(availability);
    pairedCaptainByMonth = Map.copyOf(pairedCaptainByMonth);
    certificates = Map.copyOf(certificates);
  }

  /** Certified on {@code day}: no certificate lapses before it. */
  public boolean certifiedOn(LocalDate day) {
    return certificates.values().stream().noneMatch(expiry -> expiry.isBefore(day));
  }
}
