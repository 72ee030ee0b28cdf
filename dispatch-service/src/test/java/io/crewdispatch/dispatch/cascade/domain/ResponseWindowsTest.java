package io.crewdispatch.dispatch.cascade.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.roster.domain.Rank;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ResponseWindowsTest {

  static final ZoneId SAN_DIEGO = ZoneId.of("America/Los_Angeles");
  static final ResponseWindows.Settings SETTINGS =
      new ResponseWindows.Settings(
          Duration.ofHours(2), Duration.ofHours(3), Duration.ofMinutes(5), 12);
  static final ResponseWindows.QuietHours QUIET =
      new ResponseWindows.QuietHours(
          true, LocalTime.of(21, 0), LocalTime.of(7, 0), Duration.ofHours(12));

  ResponseWindows windows = new ResponseWindows(SETTINGS, QUIET);

  @Test
  void farFromDepartureEachRoleGetsItsConfiguredWindow() {
    Instant start = local(2027, 3, 1, 10, 0);
    CharterDetails charter = departing(LocalDate.of(2027, 6, 14), LocalTime.of(9, 30));

    assertThat(windows.respondBy(start, Rank.CAPTAIN, charter))
        .isEqualTo(start.plus(Duration.ofHours(2)));
    assertThat(windows.respondBy(start, Rank.CREW, charter))
        .isEqualTo(start.plus(Duration.ofHours(3)));
  }

  @Test
  void nearDepartureTheWindowIsATwelfthOfTheTimeLeft() {
    Instant start = local(2027, 3, 1, 10, 0);
    CharterDetails tomorrow = departing(LocalDate.of(2027, 3, 2), LocalTime.of(9, 30));

    assertThat(windows.respondBy(start, Rank.CAPTAIN, tomorrow))
        .isEqualTo(start.plus(Duration.ofMinutes(23 * 60 + 30).dividedBy(12)));
  }

  @Test
  void noWindowIsShorterThanTheMinimumEvenAfterDeparture() {
    Instant start = local(2027, 3, 1, 10, 0);

    assertThat(
            windows.respondBy(
                start, Rank.CAPTAIN, departing(LocalDate.of(2027, 3, 1), LocalTime.of(10, 30))))
        .isEqualTo(start.plus(Duration.ofMinutes(5)));
    assertThat(
            windows.respondBy(
                start, Rank.CAPTAIN, departing(LocalDate.of(2027, 3, 1), LocalTime.of(9, 0))))
        .isEqualTo(start.plus(Duration.ofMinutes(5)));
  }

  @Test
  void aDeadlineThatFallsInQuietHoursIsPushedPastThemByAsMuch() {
    Instant start = local(2027, 3, 1, 20, 0);
    CharterDetails farAway = departing(LocalDate.of(2027, 6, 14), LocalTime.of(9, 30));

    assertThat(windows.respondBy(start, Rank.CAPTAIN, farAway)).isEqualTo(local(2027, 3, 2, 8, 0));
  }

  @Test
  void anUrgentCharterKeepsItsDeadlineAtNight() {
    Instant start = local(2027, 3, 1, 20, 55);
    CharterDetails tonight = departing(LocalDate.of(2027, 3, 2), LocalTime.of(6, 0));

    Duration window = Duration.between(start, tonight.departure()).dividedBy(12);
    assertThat(windows.respondBy(start, Rank.CAPTAIN, tonight)).isEqualTo(start.plus(window));
  }

  @Test
  void aCallDuringQuietHoursWaitsForTheirEnd() {
    CharterDetails farAway = departing(LocalDate.of(2027, 6, 14), LocalTime.of(9, 30));

    assertThat(windows.deferredStart(local(2027, 3, 1, 22, 30), farAway))
        .contains(local(2027, 3, 2, 7, 0));
    assertThat(windows.deferredStart(local(2027, 3, 2, 6, 59), farAway))
        .contains(local(2027, 3, 2, 7, 0));
    assertThat(windows.deferredStart(local(2027, 3, 2, 7, 0), farAway)).isEmpty();
    assertThat(windows.deferredStart(local(2027, 3, 1, 20, 59), farAway)).isEmpty();
  }

  @Test
  void quietHoursWithinOneDayAndSwitchedOffAreHonoured() {
    CharterDetails farAway = departing(LocalDate.of(2027, 6, 14), LocalTime.of(9, 30));
    var siesta =
        new ResponseWindows.QuietHours(
            true, LocalTime.of(13, 0), LocalTime.of(15, 0), Duration.ofHours(12));
    var off =
        new ResponseWindows.QuietHours(
            false, LocalTime.of(21, 0), LocalTime.of(7, 0), Duration.ofHours(12));

    assertThat(
            new ResponseWindows(SETTINGS, siesta).deferredStart(local(2027, 3, 1, 14, 0), farAway))
        .contains(local(2027, 3, 1, 15, 0));
    assertThat(
            new ResponseWindows(SETTINGS, siesta).deferredStart(local(2027, 3, 1, 22, 0), farAway))
        .isEmpty();
    assertThat(new ResponseWindows(SETTINGS, off).deferredStart(local(2027, 3, 1, 23, 0), farAway))
        .isEmpty();
  }

  @Test
  void anUrgentCharterIsCalledDuringQuietHours() {
    CharterDetails earlyTomorrow = departing(LocalDate.of(2027, 3, 2), LocalTime.of(8, 0));

    assertThat(windows.deferredStart(local(2027, 3, 1, 22, 0), earlyTomorrow)).isEmpty();
  }

  static Instant local(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(SAN_DIEGO).toInstant();
  }

  static CharterDetails departing(LocalDate date, LocalTime time) {
    return new CharterDetails("Sea Breeze", date, time, time.plusHours(3), SAN_DIEGO, 8, 2);
  }
}
