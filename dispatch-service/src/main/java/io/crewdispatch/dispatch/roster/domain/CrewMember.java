package io.crewdispatch.dispatch.roster.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * A crew member as the roster last described them: dispatch's own copy, kept from roster-members.
 *
 * @param cascadeOrder position in the call order within the rank (lower is called first)
 * @param availability the member's answer per day; absent days are unknown
 * @param pairedCaptainByMonth for crew, the captain they sail with in each month
 * @param channel how they want to be called
 * @param certificates certificate name to its expiry date (the last valid day)
 */
public record CrewMember(
    String crewId,
    String name,
    Rank rank,
    String email,
    String phone,
    int cascadeOrder,
    boolean active,
    Map<LocalDate, DayAvailability> availability,
    Map<YearMonth, String> pairedCaptainByMonth,
    Channel channel,
    Map<String, LocalDate> certificates) {

  public CrewMember {
    availability = Map.copyOf(availability);
    pairedCaptainByMonth = Map.copyOf(pairedCaptainByMonth);
    channel = channel == null ? Channel.EMAIL : channel;
    certificates = certificates == null ? Map.of() : Map.copyOf(certificates);
  }

  /** A member reached by email, with no certificate on record. */
  public CrewMember(
      String crewId,
      String name,
      Rank rank,
      String email,
      String phone,
      int cascadeOrder,
      boolean active,
      Map<LocalDate, DayAvailability> availability,
      Map<YearMonth, String> pairedCaptainByMonth) {
    this(
        crewId,
        name,
        rank,
        email,
        phone,
        cascadeOrder,
        active,
        availability,
        pairedCaptainByMonth,
        Channel.EMAIL,
        Map.of());
  }

  public boolean availableOn(LocalDate date) {
    return availability.get(date) == DayAvailability.AVAILABLE;
  }

  /** True only for an explicit "unavailable": a blank cell does not release anyone. */
  public boolean unavailableOn(LocalDate date) {
    return availability.get(date) == DayAvailability.UNAVAILABLE;
  }

  public Optional<String> pairedCaptain(YearMonth month) {
    return Optional.ofNullable(pairedCaptainByMonth.get(month));
  }

  public Optional<LocalDate> certificateExpiry(String certificate) {
    return Optional.ofNullable(certificates.get(certificate));
  }
}
