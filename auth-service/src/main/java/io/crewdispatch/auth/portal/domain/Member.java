package io.crewdispatch.auth.portal.domain;

import io.crewdispatch.auth.link.domain.Role;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * A roster member as the portal needs them: where to send their link, whether they may have one,
 * and what the sheet says of their days ahead (shown beside the availability form).
 *
 * @param channel EMAIL, SMS or BOTH, as the roster says
 */
public record Member(
    String crewId,
    String name,
    String email,
    String phone,
    Role rank,
    String channel,
    boolean active,
    Map<LocalDate, DayAnswer> availability) {

  public Member {
    availability = Map.copyOf(availability);
  }

  /** The key an address is found by: trimmed and lower-cased, then hashed. */
  public static String emailKey(String email) {
    return PortalToken.sha256(email.trim().toLowerCase(Locale.ROOT));
  }
}
