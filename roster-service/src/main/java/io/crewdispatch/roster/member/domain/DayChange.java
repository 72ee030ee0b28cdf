package io.crewdispatch.roster.member.domain;

import java.time.Instant;

/**
 * When one day of a member's calendar last took the value the sheet shows, and who gave it: the
 * office (seen by a sync that found the cell changed) or the crew member (written from the portal).
 * This is what lets "the later change wins" compare an office edit with a portal answer.
 *
 * @param value the day's value then; null for a blank cell
 * @param eventId the portal event that wrote it; null for the office
 */
public record DayChange(DayAvailability value, Instant at, String eventId) {

  public static DayChange byOffice(DayAvailability value, Instant seenAt) {
    return new DayChange(value, seenAt, null);
  }

  public boolean byCrew() {
    return eventId != null;
  }

  /** {@code A|1767225600000|<eventId>}: one string attribute per day on the member's item. */
  public String encode() {
    String v = value == null ? "-" : value == DayAvailability.AVAILABLE ? "A" : "U";
    return v + "|" + at.toEpochMilli() + "|" + (eventId == null ? "" : eventId);
  }

  public static DayChange decode(String text) {
    String[] parts = text.split("\\|", 3);
    DayAvailability value =
        switch (parts[0]) {
          case "A" -> DayAvailability.AVAILABLE;
          case "U" -> DayAvailability.UNAVAILABLE;
          default -> null;
        };
    return new DayChange(
        value,
        Instant.ofEpochMilli(Long.parseLong(parts[1])),
        parts.length < 3 || parts[2].isEmpty() ? null : parts[2]);
  }
}
