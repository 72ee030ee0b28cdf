package io.crewdispatch.console.board.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crewdispatch.console.OfficeConsoleApplication;
import io.crewdispatch.console.board.application.BoardChanged;
import io.crewdispatch.console.board.application.BoardStore;
import io.crewdispatch.console.board.application.RecordBoardEvent;
import io.crewdispatch.console.board.domain.CharterHistory;
import io.crewdispatch.console.board.domain.CharterStatus;
import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.console.board.domain.Fields;
import io.crewdispatch.console.support.ConsoleTestBase;
import io.crewdispatch.console.support.FakeDispatch;
import io.crewdispatch.console.support.TestAuthServer;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.env.Environment;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * What a charter event costs in DynamoDB calls, and that two writers never lose a fact. The calls
 * are counted by the platform's operation log (every call) of a second console instance on the
 * suite's table, whose listener containers do not start: the test hands fetched batches to its
 * booking topics' listener, so nothing else is counted (its health check's DescribeTable is left
 * out). The race sets this second instance against the suite's own.
 */
class BoardCallsIT extends ConsoleTestBase {

  private static final String PUT = "PutItem console-board";
  private static final String GET = "GetItem console-board";

  private static ConfigurableApplicationContext second;
  private static Path operations;
  private static final List<BoardChanged> woken = new CopyOnWriteArrayList<>();

  @Autowired Environment environment;
  @Autowired BoardStore board;
  @Autowired RecordBoardEvent suiteBoard;
  @Autowired BookingTopicsListener suiteListener;

  private BookingTopicsListener listener;

  @BeforeEach
  void secondInstance() throws IOException {
    if (second == null) {
      operations = Files.createTempDirectory("console-operations");
      second =
          new SpringApplicationBuilder(OfficeConsoleApplication.class)
              .listeners(new PagesWoken())
              .run(
                  "--server.port=0",
                  "--management.server.port=0",
                  "--spring.kafka.listener.auto-startup=false",
                  "--spring.kafka.bootstrap-servers=" + Infrastructure.kafkaBootstrapServers(),
                  "--crewdispatch.platform.dynamodb.endpoint=" + Infrastructure.dynamoDbEndpoint(),
                  "--crewdispatch.platform.dynamodb.table-prefix="
                      + environment.getProperty("crewdispatch.platform.dynamodb.table-prefix"),
                  "--crewdispatch.platform.dynamodb.operation-log-dir=" + operations,
                  "--crewdispatch.platform.dynamodb.operation-log-every-call=true",
                  "--AUTH_ISSUER=" + TestAuthServer.get().issuer(),
                  "--crewdispatch.console.dispatch-url=" + FakeDispatch.get().url());
    }
    listener = second.getBean(BookingTopicsListener.class);
    woken.clear();
  }

  @AfterAll
  static void stopSecondInstance() {
    if (second != null) {
      second.close();
      second = null;
    }
  }

  @Test
  void aBookingsThreeEventsInOneFetchCostOnePutAndRedeliveriesNothing() {
    Booking booking = new Booking("calls-" + UUID.randomUUID());

    assertThat(calls(() -> listener.on(fetch(booking.booked, booking.called, booking.sent))))
        .containsExactly(PUT);
    assertThat(woken).as("one wake-up per charter changed").hasSize(1);

    assertThat(calls(() -> listener.on(fetch(booking.sent, booking.booked)))).isEmpty();
    assertThat(calls(() -> listener.on(fetch(booking.called)))).isEmpty();
    assertThat(woken).as("a redelivery wakes no page").hasSize(1);

    CharterHistory stored = board.charter(booking.charterId).orElseThrow();
    assertThat(stored.version()).as("one per fact stored").isEqualTo(3);
    assertThat(stored.facts())
        .extracting(Fact::type)
        .containsExactly(FactType.BOOKED, FactType.CAPTAIN_CALLED, FactType.NOTIFIED);
    assertThat(stored.view().factCount()).isEqualTo(3);
    assertThat(stored.view().status()).isEqualTo(CharterStatus.CALLING_CAPTAIN);
  }

  @Test
  void aBookingsThreeEventsInFetchesOfTheirOwnCostOnePutEach() {
    Booking booking = new Booking("apart-" + UUID.randomUUID());

    assertThat(calls(() -> listener.on(fetch(booking.booked)))).containsExactly(PUT);
    assertThat(calls(() -> listener.on(fetch(booking.called)))).containsExactly(PUT);
    assertThat(calls(() -> listener.on(fetch(booking.sent)))).containsExactly(PUT);
    assertThat(woken).hasSize(3);
    assertThat(board.charter(booking.charterId).orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void twoFactsOfOneCharterInOneFetchAreOnePutAndFoldToTheirView() {
    Booking booking = new Booking("pair-" + UUID.randomUUID());
    Booking other = new Booking("other-" + UUID.randomUUID());
    listener.on(fetch(booking.booked));
    woken.clear();
    CaptainConfirmed confirmed =
        CaptainConfirmed.newBuilder(Samples.captainConfirmed(booking.charterId))
            .setCallId(booking.called.getCallId())
            .setOccurredAt(Samples.NOW.plusSeconds(3))
            .build();

    // The call and its answer, the other charter's booking between them: both charters in one
    // conditional write (a transaction, logged as its one kind of action).
    assertThat(calls(() -> listener.on(fetch(booking.called, other.booked, confirmed))))
        .containsExactly(PUT);
    assertThat(woken)
        .extracting(BoardChanged::charterId)
        .containsExactly(booking.charterId, other.charterId);

    CharterHistory stored = board.charter(booking.charterId).orElseThrow();
    assertThat(stored.version()).isEqualTo(3);
    assertThat(stored.facts())
        .extracting(Fact::type)
        .containsExactly(FactType.BOOKED, FactType.CAPTAIN_CALLED, FactType.CAPTAIN_CONFIRMED);
    assertThat(stored.view().status()).isEqualTo(CharterStatus.CALLING_CREW);
    assertThat(stored.view().captain().crewId()).isEqualTo(confirmed.getCaptain().getCrewId());
    assertThat(stored.view().openCalls()).isEmpty();
    assertThat(stored.view().factCount()).isEqualTo(3);
    assertThat(board.charter(other.charterId).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void aPoisonRecordEndsTheFetchAfterTheRecordsBeforeItAreStored() {
    Booking booking = new Booking("poison-" + UUID.randomUUID());
    Booking after = new Booking("after-" + UUID.randomUUID());
    CharterBooked unknownZone =
        CharterBooked.newBuilder(Samples.charterBooked("zone-" + UUID.randomUUID()))
            .setTimeZone("Atlantis/Lost_City")
            .build();
    List<ConsumerRecord<String, Object>> fetched =
        fetch(booking.booked, booking.called, unknownZone, booking.sent, after.booked);

    int before = operations().size();
    BatchListenerFailedException failed =
        assertThrows(BatchListenerFailedException.class, () -> listener.on(fetched));
    assertThat(since(before)).containsExactly(PUT);
    // The error handler commits the two before it, dead-letters it and seeks to the one after.
    assertThat(failed.getIndex()).isEqualTo(2);
    assertThat(failed.getCause()).hasMessageContaining("unknown time zone");
    assertThat(board.charter(booking.charterId).orElseThrow().facts())
        .extracting(Fact::type)
        .containsExactly(FactType.BOOKED, FactType.CAPTAIN_CALLED);
    assertThat(board.charter(after.charterId)).isEmpty();

    assertThat(calls(() -> listener.on(fetched.subList(3, fetched.size()))))
        .as("both charters in one write")
        .containsExactly(PUT);
    assertThat(board.charter(booking.charterId).orElseThrow().version()).isEqualTo(3);
    assertThat(board.charter(after.charterId)).isPresent();
  }

  @Test
  void eventsArrivingBeforeTheBookingCostOneReadThenOnePut() {
    Booking booking = new Booking("late-" + UUID.randomUUID());
    Booking apart = new Booking("late-apart-" + UUID.randomUUID());

    // The charter is unknown to this instance: its first fetch reads it (nothing yet), then puts.
    assertThat(calls(() -> listener.on(fetch(booking.sent, booking.called))))
        .containsExactly(GET, PUT);
    assertThat(calls(() -> listener.on(fetch(booking.booked)))).containsExactly(PUT);
    assertThat(calls(() -> listener.on(fetch(apart.sent)))).containsExactly(GET, PUT);
    assertThat(calls(() -> listener.on(fetch(apart.called)))).containsExactly(PUT);
    assertThat(woken).hasSize(4);

    CharterHistory stored = board.charter(booking.charterId).orElseThrow();
    assertThat(stored.view().status()).isEqualTo(CharterStatus.CALLING_CAPTAIN);
    assertThat(stored.view().crewNeeded()).isEqualTo(2);
    assertThat(stored.view().openCalls()).hasSize(1);
    assertThat(stored.view().factCount()).isEqualTo(3);
  }

  @Test
  void aRedeliveryToAnInstanceThatNeverSawTheCharterWritesNothing() {
    Booking booking = new Booking("moved-" + UUID.randomUUID());
    // The suite's instance records them; then their partitions move to the second instance.
    suiteListener.on(fetch(booking.booked, booking.called));

    // A booking is tried as the charter's first version; that fails, and the read shows it held.
    assertThat(calls(() -> listener.on(fetch(booking.booked, booking.called))))
        .containsExactly(PUT, GET);
    assertThat(calls(() -> listener.on(fetch(booking.called)))).isEmpty();
    assertThat(woken).isEmpty();
    assertThat(board.charter(booking.charterId).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void aWriteTogetherThatAnotherInstanceGotAheadOfIsRefusedAndEachCharterTakesTheUsualWay() {
    Booking mine = new Booking("mine-" + UUID.randomUUID());
    Booking theirs = new Booking("theirs-" + UUID.randomUUID());
    suiteListener.on(fetch(theirs.booked)); // the suite's instance stores it first

    // The transaction is cancelled as a whole; then mine is put, theirs refused, read and put.
    assertThat(calls(() -> listener.on(fetch(mine.booked, theirs.booked, theirs.called))))
        .containsExactly(PUT, PUT, PUT, GET, PUT);
    assertThat(board.charter(mine.charterId).orElseThrow().version()).isEqualTo(1);
    assertThat(board.charter(theirs.charterId).orElseThrow().facts())
        .extracting(Fact::type)
        .containsExactly(FactType.BOOKED, FactType.CAPTAIN_CALLED);
  }

  @Test
  void twoInstancesRacingOnOneCharterKeepEveryFact() throws Exception {
    String charterId = "race-" + UUID.randomUUID();
    RecordBoardEvent[] instances = {suiteBoard, second.getBean(RecordBoardEvent.class)};
    int writers = 4;
    int each = 10;
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < writers * each; i++) {
      facts.add(
          new Fact(
              charterId,
              Samples.eventId(),
              Samples.NOW.plusSeconds(i),
              FactType.NOTIFIED,
              Map.of(Fields.KIND, "CALL", Fields.CHANNEL, "EMAIL")));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        RecordBoardEvent instance = instances[w % 2];
        List<Fact> mine = facts.subList(w * each, (w + 1) * each);
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < mine.size(); i += 2) { // a fetch of two each
                    instance.record(charterId, mine.subList(i, i + 2));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> writer : done) {
        writer.get();
      }
    } finally {
      pool.shutdownNow();
    }

    CharterHistory stored = board.charter(charterId).orElseThrow();
    assertThat(stored.facts())
        .extracting(Fact::eventId)
        .containsExactlyInAnyOrderElementsOf(facts.stream().map(Fact::eventId).toList());
    assertThat(stored.version()).isEqualTo(writers * each);
    assertThat(stored.view().factCount()).isEqualTo(writers * each);
  }

  /** A fetched batch of {@code events}, each on its topic, as the container hands it over. */
  private static List<ConsumerRecord<String, Object>> fetch(SpecificRecord... events) {
    return Fetched.records(List.of(events));
  }

  /** The DynamoDB calls (but the health check's) the second instance made during {@code step}. */
  private static List<String> calls(Runnable step) {
    int before = operations().size();
    step.run();
    return since(before);
  }

  private static List<String> since(int before) {
    List<String> after = operations();
    return after.subList(before, after.size()).stream()
        .filter(line -> !line.startsWith("DescribeTable "))
        .toList();
  }

  private static List<String> operations() {
    Path file = operations.resolve("office-console.txt");
    try {
      return Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the console hears of a booking up to its captain's call email. */
  private static final class Booking {

    final String charterId;
    final CharterBooked booked;
    final CaptainCalled called;
    final NotificationSent sent;

    Booking(String charterId) {
      this.charterId = charterId;
      booked = Samples.charterBooked(charterId);
      called =
          CaptainCalled.newBuilder(Samples.captainCalled(charterId))
              .setOccurredAt(Samples.NOW.plusSeconds(1))
              .build();
      sent =
          NotificationSent.newBuilder(Samples.notificationSent(called.getEventId()))
              .setCharterId(charterId)
              .setOccurredAt(Samples.NOW.plusSeconds(2))
              .build();
    }
  }

  /** The second instance's page wake-ups. */
  private static final class PagesWoken implements ApplicationListener<ApplicationEvent> {

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      if (event instanceof PayloadApplicationEvent<?> payload
          && payload.getPayload() instanceof BoardChanged change) {
        woken.add(change);
      }
    }
  }
}
