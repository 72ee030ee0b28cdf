package io.crewdispatch.dispatch.cascade;

import static io.crewdispatch.dispatch.support.Fixtures.booking;
import static io.crewdispatch.dispatch.support.Fixtures.captain;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.Http;
import io.crewdispatch.dispatch.support.TestClock;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CharterBooked;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Flow 3's windows end to end: cut short near departure, and no call started during quiet hours in
 * the charter's own time zone (the call waits for the morning, on a durable timer).
 */
@DispatchIntegrationTest
class ResponseWindowsIT {

  @LocalServerPort int port;
  DispatchDriver dispatch;
  String captain = uniqueId("cap");
  String charterId = uniqueId("ch");

  @BeforeEach
  void open() {
    dispatch = new DispatchDriver();
  }

  @AfterEach
  void close() {
    dispatch.close();
  }

  @Test
  void aCharterLeavingWithinTheHourGivesEachCaptainATwelfthOfTheTimeLeft() {
    ZoneId sanDiego = ZoneId.of("America/Los_Angeles");
    ZonedDateTime departure =
        ZonedDateTime.ofInstant(TestClock.INSTANCE.instant(), sanDiego)
            .plusHours(1)
            .truncatedTo(ChronoUnit.MINUTES);
    LocalDate today = departure.toLocalDate();
    dispatch.roster(captain(captain, 1, today));

    dispatch.book(
        booking(
            charterId, today, departure.toLocalTime(), departure.toLocalTime().plusHours(2), 0));

    CaptainCalled call = dispatch.captainCalled(charterId, captain);
    Duration window = Duration.between(call.getOccurredAt(), call.getRespondBy());
    Duration twelfth = Duration.between(call.getOccurredAt(), departure.toInstant()).dividedBy(12);
    // the event carries milliseconds; the decision used the clock's finer instant
    assertThat(window).isCloseTo(twelfth, Duration.ofMillis(2)).isLessThan(Duration.ofMinutes(10));
  }

  @Test
  void noCallStartsDuringQuietHoursInTheChartersZoneAndTheMorningCallComesOnItsOwn() {
    ZoneId nightZone = zoneWhereItIsJustBeforeSevenInTheMorning();
    LocalDate day = uniqueSailDate();
    dispatch.roster(captain(captain, 1, day));
    CharterBooked booked = booking(charterId, day, 0);
    booked.put("timeZone", nightZone.getId());

    dispatch.book(booked);

    Http http = new Http(port);
    await().until(() -> http.get("/api/charters/" + charterId).status() == 200);
    var waiting = http.get("/api/charters/" + charterId).json();
    assertThat(waiting.get("status").asString()).isEqualTo("BOOKED");
    Instant morning = Instant.parse(waiting.get("nextCallAt").asString());
    assertThat(morning.atZone(nightZone).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
    assertThat(dispatch.events(CaptainCalled.class, charterId)).isEmpty();

    TestClock.INSTANCE.advance(Duration.between(TestClock.INSTANCE.instant(), morning));

    CaptainCalled call = dispatch.captainCalled(charterId, captain);
    assertThat(call.getOccurredAt()).isBetween(morning, morning.plusSeconds(2));
  }

  /**
   * An Etc/GMT zone (a valid IANA id) whose local time is now between 06:00 and 07:00: inside quiet
   * hours, and less than an hour of the shared test clock away from their end.
   */
  private static ZoneId zoneWhereItIsJustBeforeSevenInTheMorning() {
    int utcHour = TestClock.INSTANCE.instant().atZone(ZoneId.of("UTC")).getHour();
    int offset = Math.floorMod(6 - utcHour, 24);
    if (offset > 14) {
      offset -= 24;
    }
    // Etc/GMT signs are inverted: Etc/GMT-7 is seven hours ahead of UTC.
    return ZoneId.of(
        offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
  }
}
