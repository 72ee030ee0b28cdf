package io.crewdispatch.dispatch.cascade.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.roster.domain.Rank;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Calls and quiet hours (21:00 to 07:00) across the clock changes in America/Los_Angeles: on
 * 2027-03-14 02:00 becomes 03:00 (the night is 9 hours long), on 2027-11-07 02:00 becomes 01:00 (11
 * hours, and 01:30 happens twice). Quiet hours follow the wall clock; windows are real time.
 */
class ResponseWindowsDstTest {

  static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  static final ResponseWindows WINDOWS =
      new ResponseWindows(
          new ResponseWindows.Settings(
              Duration.ofHours(2), Duration.ofHours(3), Duration.ofMinutes(5), 12),
          new ResponseWindows.QuietHours(
              true, LocalTime.of(21, 0), LocalTime.of(7, 0), Duration.ofHours(12)));
  static final CharterDetails SUMMER = departing(LocalDate.of(2027, 6, 14), LocalTime.of(9, 30));

  @Test
  void inMarchADeadlineInTheShortNightMovesToTheSameWallClockTimeAfterIt() {
    Instant start = local(2027, 3, 13, 20, 30); // PST, UTC-8

    Instant deadline = WINDOWS.respondBy(start, Rank.CAPTAIN, SUMMER);

    // 30 min before quiet hours, 90 min of the window left after 07:00 PDT
    assertThat(deadline).isEqualTo(Instant.parse("2027-03-14T15:30:00Z"));
    assertThat(deadline.atZone(LA).toLocalTime()).isEqualTo(LocalTime.of(8, 30));
    assertThat(deadline.atZone(LA).getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
  }

  @Test
  void inMarchACallInTheNightWaitsForSevenInTheMorningNewTime() {
    assertThat(WINDOWS.deferredStart(local(2027, 3, 13, 23, 0), SUMMER))
        .contains(Instant.parse("2027-03-14T14:00:00Z"));
    // 01:59 PST, a minute before the clocks jump
    assertThat(WINDOWS.deferredStart(Instant.parse("2027-03-14T09:59:00Z"), SUMMER))
        .contains(Instant.parse("2027-03-14T14:00:00Z"));
    assertThat(WINDOWS.deferredStart(Instant.parse("2027-03-14T14:00:00Z"), SUMMER)).isEmpty();
  }

  @Test
  void inNovemberADeadlineInTheLongNightMovesToTheSameWallClockTimeAfterIt() {
    Instant start = local(2027, 11, 6, 20, 30); // PDT, UTC-7

    Instant deadline = WINDOWS.respondBy(start, Rank.CAPTAIN, SUMMER_NEXT_YEAR);

    assertThat(deadline).isEqualTo(Instant.parse("2027-11-07T16:30:00Z"));
    assertThat(deadline.atZone(LA).toLocalTime()).isEqualTo(LocalTime.of(8, 30));
    assertThat(deadline.atZone(LA).getOffset()).isEqualTo(ZoneOffset.ofHours(-8));
  }

  @Test
  void inNovemberBothOneThirtiesWaitForSevenStandardTime() {
    Instant firstOneThirty = Instant.parse("2027-11-07T08:30:00Z"); // 01:30 PDT
    Instant secondOneThirty = Instant.parse("2027-11-07T09:30:00Z"); // 01:30 PST
    assertThat(firstOneThirty.atZone(LA).toLocalTime())
        .isEqualTo(secondOneThirty.atZone(LA).toLocalTime());

    assertThat(WINDOWS.deferredStart(firstOneThirty, SUMMER_NEXT_YEAR))
        .contains(Instant.parse("2027-11-07T15:00:00Z"));
    assertThat(WINDOWS.deferredStart(secondOneThirty, SUMMER_NEXT_YEAR))
        .contains(Instant.parse("2027-11-07T15:00:00Z"));
  }

  @Test
  void theShareOfTheTimeLeftCountsRealHoursAcrossTheChange() {
    Instant start = local(2027, 3, 13, 10, 0); // PST
    CharterDetails sunday = departing(LocalDate.of(2027, 3, 14), LocalTime.of(9, 30)); // PDT

    // 10:00 to 09:30 next day on the wall clock, but only 22.5 real hours: a twelfth is 112.5 min
    assertThat(WINDOWS.respondBy(start, Rank.CAPTAIN, sunday))
        .isEqualTo(start.plus(Duration.ofMinutes(1350).dividedBy(12)));
  }

  static final CharterDetails SUMMER_NEXT_YEAR =
      departing(LocalDate.of(2028, 6, 14), LocalTime.of(9, 30));

  private static Instant local(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), LA).toInstant();
  }

  private static CharterDetails departing(LocalDate day, LocalTime time) {
    return new CharterDetails("Sea Breeze", day, time, time.plusHours(4), LA, 8, 0);
  }
}
