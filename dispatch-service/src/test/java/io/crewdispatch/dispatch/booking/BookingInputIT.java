package io.crewdispatch.dispatch.booking;

import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.Fixtures;
import io.crewdispatch.dispatch.support.Http;
import io.crewdispatch.dispatch.support.TestClock;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.StallReason;
import io.crewdispatch.events.topic.Topic;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clean booking input (issue 15, item 5): text that could smuggle a header or a script into an
 * email is refused, sail dates must lie between yesterday and two years ahead, and a booking from
 * Kafka that breaks these is dead-lettered or, for its date, recorded and reported, never called.
 */
@DispatchIntegrationTest
class BookingInputIT {

  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  @LocalServerPort int port;
  Http http;
  DispatchDriver dispatch;
  String charterId = uniqueId("in");

  @BeforeEach
  void open() {
    http = new Http(port);
    dispatch = new DispatchDriver();
  }

  @AfterEach
  void close() {
    dispatch.close();
  }

  @Test
  void controlCharactersInTextAreRefusedNamingTheField() {
    var response =
        http.post(
            "/api/charters",
            booking(
                "Sea\\r\\nBcc: everyone@example.com<script>",
                uniqueSailDate(),
                "\"notes\": \"ring \\u0007 twice\""));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("vessel", "notes");
  }

  @Test
  void aValueOfTheWrongFormatIsRefusedNamingTheFieldAndABodyThatIsNotJsonNamingNone() {
    var badDate =
        http.post(
            "/api/charters",
            booking("Sea Breeze", uniqueSailDate(), null)
                .replaceFirst("\"sailDate\": \"[^\"]*\"", "\"sailDate\": \"2026-13-40\""));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.header("Content-Type")).startsWith("application/problem+json");
    assertThat(badDate.json().get("errors").findValuesAsString("field"))
        .containsExactly("sailDate");

    var notJson = http.post("/api/charters", "vessel=Sea Breeze");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.json().get("detail").asString()).isEqualTo("The body is not valid JSON.");
    assertThat(notJson.json().get("errors")).isEmpty();
  }

  @Test
  void notesMayHaveLineBreaksButNotTooManyCharacters() {
    var fine =
        http.post(
            "/api/charters",
            booking("Sea Breeze", uniqueSailDate(), "\"notes\": \"cake\\non board\""));
    assertThat(fine.status()).isEqualTo(202);

    charterId = uniqueId("in");
    var tooLong =
        http.post(
            "/api/charters",
            booking(
                "S".repeat(101),
                uniqueSailDate(),
                "\"customerName\": \"" + "P".repeat(201) + "\""));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("vessel", "customerName");
  }

  @Test
  void aSailDateOutsideYesterdayToTwoYearsAheadIsRefusedNamingIt() {
    LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(ZONE));
    for (LocalDate bad :
        new LocalDate[] {
          LocalDate.of(2020, 1, 1),
          LocalDate.of(9999, 1, 1),
          today.minusDays(2),
          today.plusYears(2).plusDays(1)
        }) {
      var response = http.post("/api/charters", booking("Sea Breeze", bad, null));
      assertThat(response.status()).as(bad.toString()).isEqualTo(400);
      var errors = response.json().get("errors");
      assertThat(errors.findValuesAsString("field")).containsExactly("sailDate");
      assertThat(errors.findValuesAsString("message").get(0))
          .contains(today.minusDays(1).toString());
    }
    assertThat(http.post("/api/charters", booking("Sea Breeze", today.minusDays(1), null)).status())
        .isEqualTo(202);
    charterId = uniqueId("in");
    assertThat(http.post("/api/charters", booking("Sea Breeze", today.plusYears(2), null)).status())
        .isEqualTo(202);
  }

  @Test
  void aBookingFromKafkaWithASailDateOutOfRangeIsRecordedAndTheOfficeToldOnceNobodyCalled() {
    LocalDate longAgo = LocalDate.of(2020, 6, 14);
    dispatch.roster(Fixtures.captain(uniqueId("cap"), 1, longAgo));
    CharterBooked booked = Fixtures.booking(charterId, longAgo, 1);

    dispatch.book(booked);
    dispatch.book(booked); // redelivered: told once all the same

    CascadeStalled stalled =
        dispatch.await(CascadeStalled.class, e -> e.getCharterId().equals(charterId));
    assertThat(stalled.getReason()).isEqualTo(StallReason.SAIL_DATE_OUT_OF_RANGE);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> http.get("/api/charters/" + charterId).status(), s -> s == 200);
    assertThat(http.get("/api/charters/" + charterId).json().get("status").asString())
        .isEqualTo("STALLED");
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                dispatch.events(CascadeStalled.class, charterId).size() == 1
                    && dispatch.events(CaptainCalled.class, charterId).isEmpty());
  }

  @Test
  void aBookingFromKafkaWithoutAUuidEventIdOrWithControlCharactersIsDeadLettered() {
    dispatch.book(
        CharterBooked.newBuilder(Fixtures.booking(charterId, uniqueSailDate(), 0))
            .setEventId("evt-1")
            .build());
    var noUuid = dispatch.probe().awaitDeadLetter(Topic.CHARTER_EVENTS, charterId);
    assertThat(noUuid.reason()).contains("eventId is not a UUID");

    String other = uniqueId("in");
    dispatch.book(
        CharterBooked.newBuilder(Fixtures.booking(other, uniqueSailDate(), 0))
            .setVessel("Sea\r\nBcc: everyone@example.com")
            .build());
    var injected = dispatch.probe().awaitDeadLetter(Topic.CHARTER_EVENTS, other);
    assertThat(injected.reason()).contains("vessel holds a control character");
    assertThat(http.get("/api/charters/" + other).status()).isEqualTo(404);
  }

  private String booking(String vessel, LocalDate sailDate, String extra) {
    return """
        {"charterId": "%s", "vessel": "%s", "sailDate": "%s",
         "departureTime": "09:30", "returnTime": "13:30", "timeZone": "America/Los_Angeles",
         "guestCount": 6, "crewRequired": 1, "totalRevenue": 1200.00%s}
        """
        .formatted(charterId, vessel, sailDate, extra == null ? "" : ", " + extra);
  }
}
