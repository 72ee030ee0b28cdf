package io.crewdispatch.dispatch.cost;

import static io.crewdispatch.dispatch.support.Fixtures.booking;
import static io.crewdispatch.dispatch.support.Fixtures.captain;
import static io.crewdispatch.dispatch.support.Fixtures.crew;
import static io.crewdispatch.dispatch.support.Fixtures.member;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.support.TestClock;
import io.crewdispatch.events.Availability;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.OneFetch;
import io.crewdispatch.testsupport.OperationLog;
import io.crewdispatch.testsupport.Samples;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a booking costs in DynamoDB calls, counted with the platform's operation log (one line per
 * call; a transaction as one line per distinct item action), which the {@code it} profile turns on.
 * The counts are exact, so a call added to the path fails the test. The timer poller's queries of
 * {@code timer-due-index} ({@code Query crew-dispatch}) are counted apart: they are the idle cost,
 * measured per minute below, with the platform's health watch ({@code DescribeTable}).
 */
@DispatchIntegrationTest
class DynamoDbCallsIT {

  static final Path LOG = Path.of("target/dynamodb-operations/dispatch-service.txt");
  static final String POLL = "Query crew-dispatch";
  static final String ROSTER_SCAN = "Scan dispatch-roster";
  static final String HEALTH = "DescribeTable ";

  @Autowired KafkaListenerEndpointRegistry listeners;
  DispatchDriver dispatch;

  @BeforeEach
  void open() {
    dispatch = new DispatchDriver();
  }

  @AfterEach
  void close() {
    dispatch.close();
  }

  static final Map<String, Long> BOOKING =
      Map.of(
          "BatchGetItem crew-holds", 1L, // the candidates' holds on the sail date
          "PutItem crew-dispatch", 1L, // the charter, its outbox and timer (one transaction...)
          "PutItem charter-chats", 1L, // ...with BOOKED and CALLED)
          "UpdateItem crew-dispatch", 1L); // CaptainCalled sent: taken off the outbox

  static final Map<String, Long> LINK_SENT = Map.of("BatchWriteItem charter-chats", 1L);

  /**
   * The log is the whole JVM's, and a charter of another test may fire a deadline meanwhile: such
   * noise only adds lines, so a booking is measured up to three times and the exact count must be
   * met once. A call added to the path is in every attempt and fails the test.
   */
  @Test
  void aBookingUpToItsFirstCallAndTheLinkSentCostTheseCalls() {
    Cost cost = bookAndSendTheLink();
    for (int attempt = 1; attempt < 3 && !cost.equals(new Cost(BOOKING, LINK_SENT)); attempt++) {
      cost = bookAndSendTheLink();
    }
    assertThat(cost.booking()).isEqualTo(BOOKING);
    assertThat(cost.linkSent())
        .as("no read of the charter to name the person")
        .isEqualTo(LINK_SENT);
  }

  record Cost(Map<String, Long> booking, Map<String, Long> linkSent) {}

  private Cost bookAndSendTheLink() {
    String captain = uniqueId("cap");
    LocalDate day = uniqueSailDate(); // the only captain available that day
    dispatch.roster(captain(captain, 1, day));
    String charterId = uniqueId("ch");
    int start = quiet();

    dispatch.book(booking(charterId, day, 0));
    CaptainCalled call = dispatch.captainCalled(charterId, captain);
    await().until(() -> outboxSent(charterId));
    int booked = quiet();
    Map<String, Long> booking = counts(start, booked);
    System.out.printf("dynamodb_calls step=booking calls=%s%n", booking);
    // The roster is read through a cache that one scan fills for its time to live: a burst of
    // bookings shares it, so it is not a per-booking cost (and this booking may find it warm).
    assertThat(booking.getOrDefault(ROSTER_SCAN, 0L)).isLessThanOrEqualTo(1);
    booking.remove(ROSTER_SCAN);

    NotificationSent sent = Samples.notificationSent(call.getEventId());
    sent.put("charterId", charterId);
    sent.put("occurredAt", TestClock.INSTANCE.instant());
    sent.put("recipients", List.of(captain + "@example.com"));
    dispatch.probe().publish(Topic.NOTIFICATION_EVENTS, charterId, sent);
    await().until(() -> timelineHas(charterId, sent.getEventId()));
    Map<String, Long> linkSent = counts(booked, quiet());
    System.out.printf("dynamodb_calls step=link_sent calls=%s%n", linkSent);
    return new Cost(booking, linkSent);
  }

  /**
   * The timeline's listener writes a fetch's messages together: 30 NotificationSent for ten
   * charters (and one delivered twice) published at once take a few batch writes, not 30 puts; the
   * record delivered twice is one entry, not a refused batch.
   */
  @Test
  void messagesPublishedTogetherAreWrittenInAFewBatches() {
    List<Map.Entry<String, SpecificRecord>> sent = new ArrayList<>();
    Map<String, List<String>> sourcesByCharter = new TreeMap<>();
    for (int c = 0; c < 10; c++) {
      String charterId = uniqueId("ch");
      for (int m = 0; m < 3; m++) {
        NotificationSent event = Samples.notificationSent(uniqueId("call"));
        event.put("charterId", charterId);
        sent.add(Map.entry(charterId, event));
        // an entry's sourceEventId is the message's own event (its cause is the call)
        sourcesByCharter
            .computeIfAbsent(charterId, id -> new ArrayList<>())
            .add(event.getEventId());
      }
    }
    // One delivered twice, right after itself, so that both are in one fetch: DynamoDB refuses a
    // batch that names an item twice.
    sent.add(16, sent.get(15));
    int start = quiet();

    dispatch.probe().publishAll(Topic.NOTIFICATION_EVENTS, sent);
    sourcesByCharter.forEach(
        (charterId, sources) ->
            await().until(() -> sources.stream().allMatch(s -> timelineHas(charterId, s))));
    Map<String, Long> calls = counts(start, quiet());
    System.out.printf("dynamodb_calls step=messages_together calls=%s%n", calls);

    long batches = calls.getOrDefault("BatchWriteItem charter-chats", 0L);
    assertThat(batches).as("batch writes for 31 records").isBetween(1L, 10L);
    sourcesByCharter
        .keySet()
        .forEach(charterId -> assertThat(entries(charterId)).as(charterId).isEqualTo(3));
  }

  /**
   * Under a backlog a fetch's bookings are decided each on its own and saved together: 20 bookings
   * for 20 sail dates found in one fetch per consumer (three partitions) take one read of all their
   * captains' holds, one transaction saving them and one taking their CaptainCalled off the
   * outboxes per fetch, not 20 of each; every charter is called once and its timeline holds BOOKED
   * and CALLED.
   */
  @Test
  void bookingsFoundInOneFetchAreSavedTogether() {
    String captain = uniqueId("cap");
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      days.add(uniqueSailDate());
    }
    Map<LocalDate, Availability> available = new HashMap<>();
    days.forEach(day -> available.put(day, Availability.AVAILABLE));
    dispatch.roster(member(captain, Rank.CAPTAIN, 1, available, null));
    List<Map.Entry<String, SpecificRecord>> bookings = new ArrayList<>();
    for (LocalDate day : days) {
      String charterId = uniqueId("ch");
      bookings.add(Map.entry(charterId, booking(charterId, day, 0)));
    }
    int start = quiet();

    OneFetch.publish(
        listeners,
        "dispatch-charter-events",
        () -> dispatch.probe().publishAll(Topic.CHARTER_EVENTS, bookings));
    bookings.forEach(b -> dispatch.captainCalled(b.getKey(), captain));
    bookings.forEach(b -> await().until(() -> outboxSent(b.getKey())));
    Map<String, Long> calls = counts(start, quiet());
    System.out.printf("dynamodb_calls step=bookings_together calls=%s%n", calls);

    assertThat(calls.get("PutItem crew-dispatch"))
        .as("transactions for 20 bookings")
        .isBetween(1L, 3L);
    assertThat(calls.get("BatchGetItem crew-holds"))
        .as("holds reads for 20 bookings")
        .isBetween(1L, 3L);
    assertThat(calls.get("UpdateItem crew-dispatch"))
        .as("outboxes cleared together")
        .isBetween(1L, 3L);
    for (var booking : bookings) {
      assertThat(dispatch.events(CaptainCalled.class, booking.getKey())).hasSize(1);
      assertThat(timeline(booking.getKey()).stream().map(i -> i.get("type").s()).sorted())
          .as("timeline of " + booking.getKey())
          .containsExactly("BOOKED", "CALLED");
    }
  }

  /**
   * Bookings that come one at a time (each in a fetch of its own, as at ten a second) are decided
   * and saved each on its own, but what they sent is taken off their outboxes together, once per
   * clear window (500 ms): twelve bookings over ~2 s (four windows) take a few writes for that, not
   * twelve.
   */
  @Test
  void bookingsOneAtATimeHaveTheirOutboxesClearedTogether() throws InterruptedException {
    String captain = uniqueId("cap");
    Map<LocalDate, Availability> available = new HashMap<>();
    List<String> charters = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      available.put(uniqueSailDate(), Availability.AVAILABLE);
    }
    dispatch.roster(member(captain, Rank.CAPTAIN, 1, available, null));
    int start = quiet();

    for (LocalDate day : available.keySet()) {
      String charterId = uniqueId("ch");
      dispatch.book(booking(charterId, day, 0));
      dispatch.captainCalled(charterId, captain); // the next booking is a fetch of its own
      charters.add(charterId);
      Thread.sleep(150); // the load's shape: a steady trickle that outlasts several windows
    }
    charters.forEach(c -> await().until(() -> outboxSent(c)));
    Map<String, Long> calls = counts(start, quiet());
    System.out.printf("dynamodb_calls step=bookings_one_at_a_time calls=%s%n", calls);

    assertThat(calls.get("PutItem crew-dispatch")).as("saved each on its own").isEqualTo(12);
    assertThat(calls.get("UpdateItem crew-dispatch"))
        .as("writes taking twelve CaptainCalled off their outboxes")
        .isBetween(2L, 7L);
  }

  static final Map<String, Long> ACCEPT =
      Map.of(
          // No read of the charter: this instance saved it last (the outbox's clearing), so it
          // decides on that copy and the save's condition on its version proves it current.
          "GetItem dispatch-roster", 1L, // the captain as stored now (flow 10), at the same time
          "BatchGetItem crew-holds", 1L, // as the captain's hold and the crew's, in one read
          "PutItem crew-dispatch", 1L, // the charter, its outbox (one transaction...)
          "PutItem crew-holds", 1L, // ...with the captain's hold...
          "PutItem charter-chats", 1L, // ...and the timeline's entries)
          "UpdateItem crew-dispatch", 1L); // the crew calls sent: taken off the outbox

  /**
   * A captain's accept, up to the crew's calls on the topic: every call here is a round trip the
   * crew call waits for, one after the other except the captain's record and the holds, read at
   * once (the outbox's clearing, after the send, is counted too). Measured like the booking above,
   * up to three times for another test's noise.
   */
  @Test
  void aCaptainsAcceptUpToTheCrewCallsCostsTheseCalls() {
    Map<String, Long> cost = acceptUpToTheCrewCalls();
    for (int attempt = 1; attempt < 3 && !cost.equals(ACCEPT); attempt++) {
      cost = acceptUpToTheCrewCalls();
    }
    assertThat(cost).isEqualTo(ACCEPT);
  }

  private Map<String, Long> acceptUpToTheCrewCalls() {
    String captain = uniqueId("cap");
    String paired = uniqueId("crew");
    String other = uniqueId("crew");
    LocalDate day = uniqueSailDate();
    dispatch.roster(
        captain(captain, 1, day), crew(paired, 2, day, captain), crew(other, 1, day, null));
    String charterId = uniqueId("ch");
    dispatch.book(booking(charterId, day, 2));
    CaptainCalled call = dispatch.captainCalled(charterId, captain);
    await().until(() -> outboxSent(charterId));
    int start = quiet();

    dispatch.accept(call);
    dispatch.crewCalled(charterId, paired);
    dispatch.crewCalled(charterId, other);
    await().until(() -> outboxSent(charterId));
    Map<String, Long> accept = counts(start, quiet());
    System.out.printf("dynamodb_calls step=captain_accept calls=%s%n", accept);
    accept.remove(ROSTER_SCAN); // the roster cache's refill, shared by a burst (see above)
    return accept;
  }

  @Test
  void idleTheServiceOnlyPollsTheTimerIndex() throws InterruptedException {
    int start = quiet();
    long from = System.nanoTime();
    // The window is what is measured: nothing is awaited.
    Thread.sleep(3_000);
    List<String> calls = lines().subList(start, lines().size());
    double minutes = (System.nanoTime() - from) / 60e9;
    long polls = calls.stream().filter(POLL::equals).count();
    long health = calls.stream().filter(l -> l.startsWith(HEALTH)).count();
    System.out.printf(
        "dynamodb_calls step=idle calls=%d polls=%d polls_per_minute=%.0f health_per_minute=%.0f%n",
        calls.size(), polls, polls / minutes, health / minutes);
    // Besides the polls, only the platform's health watch (every table described every 5 s).
    assertThat(calls).allMatch(l -> l.equals(POLL) || l.startsWith(HEALTH));
    // The index is read once per table poll interval (30 s), one query per shard (4): a 3 s
    // window holds at most one read. Deadlines this instance wrote cost nothing until they fire.
    assertThat(polls).isLessThanOrEqualTo(4);
  }

  /** Waits until nothing counted has been logged for a while; returns the log's length. */
  private static int quiet() {
    return OperationLog.quiet(LOG, DynamoDbCallsIT::counted);
  }

  private static Map<String, Long> counts(int from, int to) {
    return lines().subList(from, to).stream()
        .filter(DynamoDbCallsIT::counted)
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
  }

  /** What a booking costs: not the poller's reads, nor the platform's health watch. */
  private static boolean counted(String line) {
    return !line.equals(POLL) && !line.startsWith(HEALTH);
  }

  private static List<String> lines() {
    return OperationLog.lines(LOG);
  }

  private static boolean outboxSent(String charterId) {
    Map<String, AttributeValue> item =
        Infrastructure.dynamoDb()
            .getItem(
                r ->
                    r.tableName("test-crew-dispatch")
                        .key(Map.of("charterId", AttributeValue.fromS(charterId)))
                        .consistentRead(true))
            .item();
    return item != null && item.containsKey("version") && !item.containsKey("outbox_events");
  }

  private static int entries(String charterId) {
    return timeline(charterId).size();
  }

  private static boolean timelineHas(String charterId, String sourceEventId) {
    return timeline(charterId).stream()
        .anyMatch(i -> sourceEventId.equals(i.get("sourceEventId").s()));
  }

  private static List<Map<String, AttributeValue>> timeline(String charterId) {
    return Infrastructure.dynamoDb()
        .query(
            r ->
                r.tableName("test-charter-chats")
                    .keyConditionExpression("charterId = :id")
                    .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(charterId)))
                    .consistentRead(true))
        .items();
  }
}
