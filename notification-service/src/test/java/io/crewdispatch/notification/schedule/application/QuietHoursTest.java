package io.crewdispatch.notification.schedule.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.support.TestProperties;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A follow-up due at night waits for 07:00 in the charter's zone, by the wall clock. */
class QuietHoursTest {

  static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  final QuietHours quiet = new QuietHours(TestProperties.defaults());

  @Test
  void daytimeIsLeftAlone() {
    Instant noon = Instant.parse("2026-06-01T19:00:00Z"); // 12:00 PDT
    assertThat(quiet.notBefore(noon, LA)).isEqualTo(noon);
  }

  @Test
  void lateEveningWaitsForTheNextMorning() {
    Instant late = Instant.parse("2026-06-02T05:30:00Z"); // 22:30 PDT on Jun 1
    assertThat(quiet.notBefore(late, LA)).isEqualTo(Instant.parse("2026-06-02T14:00:00Z"));
  }

  @Test
  void earlyMorningWaitsForSevenTheSameDayAcrossTheNovemberChange() {
    Instant early = Instant.parse("2026-11-01T10:30:00Z"); // 02:30 PST, after the change at 02:00
    assertThat(quiet.notBefore(early, LA)).isEqualTo(Instant.parse("2026-11-01T15:00:00Z"));
  }

  @Test
  void offMeansNever() {
    QuietHours off =
        new QuietHours(
            TestProperties.with(Map.of("crewdispatch.notification.quiet-hours.enabled", "false")));
    Instant late = Instant.parse("2026-06-02T05:30:00Z");
    assertThat(off.notBefore(late, LA)).isEqualTo(late);
  }
}
