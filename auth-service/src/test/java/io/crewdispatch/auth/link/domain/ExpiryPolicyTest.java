package io.crewdispatch.auth.link.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {

  final ExpiryPolicy policy = new ExpiryPolicy(Duration.ofMinutes(30));
  final Instant departure = Instant.parse("2026-06-14T16:30:00Z");

  @Test
  void aLinkLivesUntilRespondByPlusTheGrace() {
    Instant respondBy = Instant.parse("2026-06-01T18:00:00Z");

    assertThat(policy.expiresAt(respondBy, departure))
        .isEqualTo(Instant.parse("2026-06-01T18:30:00Z"));
  }

  @Test
  void butNeverPastTheDeparture() {
    assertThat(policy.expiresAt(departure.minusSeconds(600), departure)).isEqualTo(departure);
    assertThat(policy.expiresAt(departure.plusSeconds(600), departure)).isEqualTo(departure);
  }

  @Test
  void theDepartureIsReadInTheCharterTimeZone() {
    Charter charter =
        new Charter(
            "Sea Breeze",
            LocalDate.of(2026, 6, 14),
            LocalTime.of(9, 30),
            LocalTime.of(13, 30),
            ZoneId.of("America/Los_Angeles"),
            8);

    assertThat(charter.departure()).isEqualTo(departure);
  }
}
