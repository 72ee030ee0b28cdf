package io.crewdispatch.console.board.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crewdispatch.console.board.application.CharterTooLarge;
import io.crewdispatch.console.board.application.FlakyBoardStore;
import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.serde.EventTypeRegistry;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import io.crewdispatch.testsupport.Samples;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchListenerFailedException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * A write that fails while a fetch is recorded (DynamoDB unreachable) names, for the platform's
 * error handler, the first record of the first charter not stored: the handler backs off, keeps the
 * records before it committed and fetches the rest again, so nothing is skipped and nothing is
 * stored twice.
 */
class BookingTopicsFailureTest {

  static {
    EventTypeRegistry.standard(); // trusts the events' package, as the serde does in a service
  }

  private final FlakyBoardStore store = new FlakyBoardStore();
  private final List<Object> woken = new ArrayList<>();
  private final BookingTopicsListener listener =
      new BookingTopicsListener(store.board(woken), new SimpleMeterRegistry());

  @Test
  void aFailedWriteNamesTheFirstRecordOfTheFirstCharterNotStored() {
    CharterBooked a = Samples.charterBooked("a");
    CharterBooked b = Samples.charterBooked("b");
    CaptainCalled aCalled = Samples.captainCalled("a");
    CharterBooked c = Samples.charterBooked("c");
    List<ConsumerRecord<String, Object>> fetched = fetch(a, b, aCalled, c);
    store.failWritesOf("b");

    BatchListenerFailedException failed =
        assertThrows(BatchListenerFailedException.class, () -> listener.on(fetched));
    assertThat(store.together)
        .as("tried together first, then one by one")
        .containsExactly(List.of("a", "b", "c"));
    assertThat(failed.getIndex()).isEqualTo(1);
    assertThat(failed.getCause()).isInstanceOf(SdkClientException.class);
    assertThat(store.charter("a").orElseThrow().facts())
        .extracting(Fact::type)
        .containsExactly(FactType.BOOKED, FactType.CAPTAIN_CALLED);
    assertThat(store.charter("c")).as("not tried after the failure").isEmpty();

    // The handler seeks back to record 1; once DynamoDB answers, the rest is stored, "a" not again.
    store.recover();
    store.puts.clear();
    listener.on(fetched.subList(1, fetched.size()));
    assertThat(store.together).last().isEqualTo(List.of("b", "c"));
    assertThat(store.puts).isEmpty();
    assertThat(store.charter("a").orElseThrow().version()).isEqualTo(2);
    assertThat(woken).hasSize(3);
  }

  @Test
  void aFactItsCharterHasNoRoomForIsPoisonAndEveryRecordBeforeItIsStored() {
    CharterBooked a = Samples.charterBooked("a");
    CharterBooked b = Samples.charterBooked("b");
    CaptainCalled aCalled = Samples.captainCalled("a");
    CaptainCalled aCalledAgain = Samples.captainCalled("a");
    CharterBooked c = Samples.charterBooked("c");
    CaptainCalled bCalled = Samples.captainCalled("b");
    List<ConsumerRecord<String, Object>> fetched = fetch(a, b, aCalled, aCalledAgain, c, bCalled);
    store.roomFor(2);

    BatchListenerFailedException failed =
        assertThrows(BatchListenerFailedException.class, () -> listener.on(fetched));
    assertThat(store.together).as("a, first, does not fit: nothing is written together").isEmpty();
    // The error handler commits records 0-2, dead-letters record 3 and fetches from record 4.
    assertThat(failed.getIndex()).isEqualTo(3);
    assertThat(failed.getCause())
        .isInstanceOf(NonRetryableEventException.class)
        .hasMessageStartingWith("Charter a has no room for event " + aCalledAgain.getEventId())
        .hasCauseInstanceOf(CharterTooLarge.class);
    assertThat(store.charter("a").orElseThrow().facts())
        .extracting(Fact::eventId)
        .containsExactly(a.getEventId(), aCalled.getEventId());
    assertThat(store.charter("b").orElseThrow().facts())
        .as("its first record is before the refused one: stored (and its later one with it)")
        .hasSize(2);
    assertThat(store.charter("c")).as("after the refused record: comes again").isEmpty();

    listener.on(fetched.subList(4, fetched.size()));
    assertThat(store.charter("c")).isPresent();
    assertThat(store.charter("b").orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void eachCharterIsRecordedWithItsIdInTheLoggingContextAndNothingIsLeftBehind() {
    // Charters this instance has not seen, and not their bookings: each is read, then put.
    listener.on(fetch(Samples.captainCalled("a"), Samples.captainCalled("b")));
    assertThat(store.keysLogged).containsExactly("a", "b");
    assertThat(List.of("topic", "key", "eventId"))
        .as("the consumer thread's logging context afterwards")
        .allSatisfy(field -> assertThat(MDC.get(field)).as(field).isNull());
  }

  private static List<ConsumerRecord<String, Object>> fetch(SpecificRecord... events) {
    List<ConsumerRecord<String, Object>> records = new ArrayList<>();
    long offset = 0;
    for (SpecificRecord event : events) {
      String topic =
          event instanceof CharterBooked
              ? Topic.CHARTER_EVENTS.topicName()
              : Topic.DISPATCH_EVENTS.topicName();
      records.add(new ConsumerRecord<>(topic, 0, offset++, null, event));
    }
    return records;
  }
}
