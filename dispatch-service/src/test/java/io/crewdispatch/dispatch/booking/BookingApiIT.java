package io.crewdispatch.dispatch.booking;

import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.Fixtures;
import io.crewdispatch.dispatch.support.Http;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.events.topic.Topic;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The booking endpoint and its stand-ins for a booking system, over real HTTP. */
@DispatchIntegrationTest
class BookingApiIT {

  @LocalServerPort int port;
  Http http;
  DispatchDriver dispatch;
  String charterId = uniqueId("ch");
  LocalDate day = uniqueSailDate();

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
  void aBookingIsPublishedOnceAndAnsweredWithWhereToFollowIt() {
    var first = http.post("/api/charters", booking("Sea Breeze"));

    assertThat(first.status()).isEqualTo(202);
    assertThat(first.header("Location")).isEqualTo("/api/charters/" + charterId);
    CharterBooked booked =
        dispatch
            .probe()
            .await(
                Topic.CHARTER_EVENTS, CharterBooked.class, e -> e.getCharterId().equals(charterId));
    assertThat(booked.getSource()).isEqualTo("dispatch-api");
    assertThat(booked.getTotalRevenue()).isEqualTo(new BigDecimal("4250.00"));
    assertThat(booked.getTimeZone()).isEqualTo("America/Los_Angeles");
    assertThat(booked.getSailDate()).isEqualTo(day);
    assertThat(booked.getDepartureTime()).isEqualTo(LocalTime.of(9, 30));
    assertThat(booked.getCrewRequired()).isEqualTo(2);
    assertThat(booked.getEventId()).isEqualTo(first.json().get("eventId").asString());

    var again = http.post("/api/charters", booking("Sea Breeze"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("eventId").asString()).isEqualTo(booked.getEventId());
    var different = http.post("/api/charters", booking("Other Boat"));
    assertThat(different.status()).isEqualTo(409);
    assertThat(different.header("Content-Type")).startsWith("application/problem+json");

    await().until(() -> http.get("/api/charters/" + charterId).status(), status -> status == 200);
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .until(() -> published(CharterBooked.class) == 1);
  }

  @Test
  void aCharterCancelledAndBookedAgainIsRescheduledAndShowsItsNewState() {
    String captain = uniqueId("cap");
    LocalDate newDay = uniqueSailDate();
    dispatch.roster(Fixtures.captain(captain, 1, newDay));
    assertThat(http.post("/api/charters", booking("Sea Breeze")).status()).isEqualTo(202);
    await()
        .until(
            () -> http.get("/api/charters/" + charterId).json(),
            c -> c != null && "STALLED".equals(c.path("status").asString()));
    assertThat(http.post("/api/charters/" + charterId + "/cancel", "{}").status()).isEqualTo(202);
    await()
        .until(
            () -> http.get("/api/charters/" + charterId).json().get("status").asString(),
            "CANCELLED"::equals);

    var rebooked =
        http.post(
            "/api/charters", booking("Sea Breeze").replace(day.toString(), newDay.toString()));

    assertThat(rebooked.status()).isEqualTo(202);
    CaptainCalled call = dispatch.captainCalled(charterId, captain);
    assertThat(call.getCharter().getSailDate()).isEqualTo(newDay);
    var status = http.get("/api/charters/" + charterId).json();
    assertThat(status.get("status").asString()).isEqualTo("CALLING_CAPTAIN");
    assertThat(status.get("sailDate").asString()).isEqualTo(newDay.toString());
    var repeat =
        http.post(
            "/api/charters", booking("Sea Breeze").replace(day.toString(), newDay.toString()));
    assertThat(repeat.status()).isEqualTo(200);
    assertThat(http.post("/api/charters/" + charterId + "/cancel", "{}").status()).isEqualTo(202);
    assertThat(http.post("/api/charters/" + charterId + "/cancel", "{}").status()).isEqualTo(200);
    await().until(() -> published(CharterCancelled.class) == 2);
  }

  @Test
  void anInvalidBookingIsRefusedNamingEachFieldAtFault() {
    String body =
        """
        {"charterId": "%s", "vessel": "Sea Breeze", "sailDate": "%s",
         "departureTime": "13:30", "returnTime": "09:30", "timeZone": "Mars/Olympus",
         "guestCount": 0, "crewRequired": -1, "totalRevenue": 12.345}
        """
            .formatted(charterId, day);

    var response = http.post("/api/charters", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder(
            "returnTime", "timeZone", "guestCount", "crewRequired", "totalRevenue");
  }

  @Test
  void aValueOfTheWrongFormatIsRefusedNamingItsField() {
    var response =
        http.post("/api/charters", booking("Sea Breeze").replace(day.toString(), "2027-13-45"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsString("field"))
        .containsExactly("sailDate");
  }

  @Test
  void cancelCompleteAndInvoiceArePublishedOnceEach() {
    assertThat(http.post("/api/charters", booking("Sea Breeze")).status()).isEqualTo(202);

    assertThat(
            http.post("/api/charters/" + charterId + "/cancel", "{\"reason\": \"Weather\"}")
                .status())
        .isEqualTo(202);
    assertThat(http.post("/api/charters/" + charterId + "/cancel", "{}").status()).isEqualTo(200);
    assertThat(http.post("/api/charters/" + charterId + "/complete", "").status()).isEqualTo(202);
    String invoice = "{\"invoiceId\": \"INV-7\", \"invoicedAmount\": 4250.00}";
    assertThat(http.post("/api/charters/" + charterId + "/invoice", invoice).status())
        .isEqualTo(202);
    assertThat(http.post("/api/charters/" + charterId + "/invoice", invoice).status())
        .isEqualTo(200);
    String otherAmount = "{\"invoiceId\": \"INV-7\", \"invoicedAmount\": 4000}";
    assertThat(http.post("/api/charters/" + charterId + "/invoice", otherAmount).status())
        .isEqualTo(409);

    CharterCancelled cancelled =
        dispatch
            .probe()
            .await(
                Topic.CHARTER_EVENTS,
                CharterCancelled.class,
                e -> e.getCharterId().equals(charterId));
    assertThat(cancelled.getReason()).isEqualTo("Weather");
    CharterInvoiced invoiced =
        dispatch
            .probe()
            .await(
                Topic.CHARTER_EVENTS,
                CharterInvoiced.class,
                e -> e.getCharterId().equals(charterId));
    assertThat(invoiced.getInvoicedAmount()).isEqualTo(new BigDecimal("4250.00"));
    dispatch
        .probe()
        .await(
            Topic.CHARTER_EVENTS, CharterCompleted.class, e -> e.getCharterId().equals(charterId));
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .until(
            () ->
                published(CharterCancelled.class) == 1
                    && published(CharterInvoiced.class) == 1
                    && published(CharterCompleted.class) == 1);
  }

  @Test
  void changesToAChartersNobodyBookedAreNotFound() {
    var response = http.post("/api/charters/" + charterId + "/cancel", "{}");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("detail").asString()).contains(charterId);
  }

  @Test
  void theStatusOfAnUnknownCharterIsNotFoundAndNamesIt() {
    var response = http.get("/api/charters/" + charterId);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asString()).contains(charterId);
  }

  @Test
  void aMonthListsItsChartersAndABadMonthIsRefused() {
    http.post("/api/charters", booking("Sea Breeze"));
    String month = day.toString().substring(0, 7);

    await()
        .until(
            () -> http.get("/api/charters?month=" + month).json().findValuesAsString("charterId"),
            ids -> ids.contains(charterId));
    var bad = http.get("/api/charters?month=June");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("month");
  }

  private long published(Class<? extends SpecificRecord> type) {
    return dispatch
        .probe()
        .events(
            Topic.CHARTER_EVENTS,
            type,
            e -> charterId.equals(e.get(e.getSchema().getField("charterId").pos())))
        .size();
  }

  private String booking(String vessel) {
    return """
        {"charterId": "%s", "vessel": "%s", "sailDate": "%s",
         "departureTime": "09:30", "returnTime": "13:30",
         "guestCount": 8, "crewRequired": 2, "totalRevenue": 4250.00,
         "customerName": "Pat Example"}
        """
        .formatted(charterId, vessel, day);
  }
}
