package io.crewdispatch.dispatch.cascade;

import static io.crewdispatch.dispatch.support.Fixtures.booking;
import static io.crewdispatch.dispatch.support.Fixtures.captain;
import static io.crewdispatch.dispatch.support.Fixtures.crew;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.Http;
import io.crewdispatch.dispatch.support.TestClock;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.NotificationFailed;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Samples;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every step lands in the charter's timeline with its time and its source event. */
@DispatchIntegrationTest
class TimelineIT {

  @LocalServerPort int port;
  DispatchDriver dispatch;
  LocalDate day = uniqueSailDate();

  @BeforeEach
  void open() {
    dispatch = new DispatchDriver();
  }

  @AfterEach
  void close() {
    dispatch.close();
  }

  @Test
  void theTimelineShowsWhoWasCalledByWhichEmailAndWhatEachAnswered() {
    String captain = uniqueId("cap");
    String deckhand = uniqueId("crew");
    dispatch.roster(captain(captain, 1, day), crew(deckhand, 1, day, captain));
    String charterId = uniqueId("ch");
    dispatch.book(booking(charterId, day, 1));
    CaptainCalled call = dispatch.captainCalled(charterId, captain);
    NotificationSent sent = Samples.notificationSent(call.getEventId());
    sent.put("charterId", charterId);
    sent.put("occurredAt", TestClock.INSTANCE.instant());
    sent.put("recipients", List.of(captain + "@example.com", "office@example.com"));
    dispatch.probe().publish(Topic.NOTIFICATION_EVENTS, charterId, sent);
    dispatch.accept(call);
    CrewCalled crewCall = dispatch.crewCalled(charterId, deckhand);
    NotificationFailed failed = Samples.notificationFailed(crewCall.getEventId());
    failed.put("charterId", charterId);
    failed.put("occurredAt", TestClock.INSTANCE.instant());
    dispatch.probe().publish(Topic.NOTIFICATION_EVENTS, charterId, failed);
    dispatch.decline(crewCall);
    dispatch.await(CascadeStalled.class, e -> e.getCharterId().equals(charterId));

    Http http = new Http(port);
    await()
        .untilAsserted(
            () ->
                assertThat(types(http.get("/api/charters/" + charterId).json()))
                    .contains("LINK_SENT", "NOTIFICATION_FAILED", "STALLED"));
    JsonNode timeline = http.get("/api/charters/" + charterId).json().get("timeline");
    assertThat(types(http.get("/api/charters/" + charterId).json()))
        .containsSubsequence(
            "BOOKED", "CALLED", "ACCEPTED", "CONFIRMED", "CALLED", "DECLINED", "STALLED");
    JsonNode called = entry(timeline, "CALLED", captain);
    assertThat(called.get("sourceEventId").asString()).isEqualTo(call.getEventId());
    assertThat(called.get("detail").asString()).contains(captain + "@example.com");
    JsonNode linkSent = entry(timeline, "LINK_SENT", captain);
    assertThat(linkSent.get("sourceEventId").asString()).isEqualTo(sent.getEventId());
    assertThat(linkSent.get("detail").asString()).contains("office@example.com");
    assertThat(entry(timeline, "NOTIFICATION_FAILED", deckhand).get("detail").asString())
        .contains("550 mailbox unavailable");
    assertThat(timeline).allSatisfy(e -> assertThat(e.get("at").asString()).isNotBlank());
  }

  private static List<String> types(JsonNode charter) {
    return charter.get("timeline").findValuesAsString("type");
  }

  private static JsonNode entry(JsonNode timeline, String type, String crewId) {
    return StreamSupport.stream(timeline.spliterator(), false)
        .filter(e -> e.get("type").asString().equals(type))
        .filter(e -> crewId.equals(e.path("crewId").asString(null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " entry for " + crewId));
  }
}
