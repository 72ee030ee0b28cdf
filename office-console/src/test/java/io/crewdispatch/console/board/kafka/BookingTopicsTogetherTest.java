package io.crewdispatch.console.board.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.console.board.application.FlakyBoardStore;
import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.serde.EventTypeRegistry;
import io.crewdispatch.testsupport.Samples;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The charters of a fetch that need no read (held from this instance's last write, or new with
 * their booking) are written together, with one conditional write; what cannot be written so is
 * recorded one by one, as before, and nothing is lost when the write is refused.
 */
class BookingTopicsTogetherTest {

  static {
    EventTypeRegistry.standard(); // trusts the events' package, as the serde does in a service
  }

  private final FlakyBoardStore store = new FlakyBoardStore();
  private final List<Object> woken = new ArrayList<>();
  private final BookingTopicsListener listener =
      new BookingTopicsListener(store.board(woken), new SimpleMeterRegistry());

  @Test
  void newChartersAndChartersHeldAreWrittenTogether() {
    listener.on(fetch(booked("a"), booked("b"), called("a")));
    listener.on(fetch(called("b"), booked("c")));

    assertThat(store.together).containsExactly(List.of("a", "b"), List.of("b", "c"));
    assertThat(store.puts).as("no put of its own").isEmpty();
    assertThat(store.charter("a").orElseThrow().facts())
        .extracting(Fact::type)
        .containsExactly(FactType.BOOKED, FactType.CAPTAIN_CALLED);
    assertThat(store.charter("b").orElseThrow().version()).isEqualTo(2);
    assertThat(store.charter("c").orElseThrow().version()).isEqualTo(1);
    assertThat(woken).as("one wake-up per charter written").hasSize(4);
  }

  @Test
  void aCharterAnotherWriterStoredMeanwhileRefusesTheWriteAndEachIsRecordedTheUsualWay() {
    CharterBooked b = booked("b"); // the other instance records it; this one has not heard of it
    store.board(new ArrayList<>()).record(CharterEventFacts.of(b).orElseThrow());
    store.puts.clear();

    listener.on(fetch(booked("a"), b, called("b")));

    assertThat(store.together).containsExactly(List.of("a", "b"));
    assertThat(store.puts).as("a; b refused as new, read, then put").containsExactly("a", "b", "b");
    assertThat(store.charter("b").orElseThrow().facts())
        .extracting(Fact::type)
        .containsExactly(FactType.BOOKED, FactType.CAPTAIN_CALLED);
    assertThat(store.charter("a")).isPresent();
  }

  @Test
  void aCharterThatMustBeReadFirstEndsWhatIsWrittenTogether() {
    listener.on(fetch(booked("a"), booked("b"), called("x"), booked("c"), booked("d")));

    assertThat(store.together).containsExactly(List.of("a", "b"));
    assertThat(store.puts).containsExactly("x", "c", "d");
  }

  @Test
  void aLoneCharterIsOnePut() {
    listener.on(fetch(booked("a"), called("a")));

    assertThat(store.together).isEmpty();
    assertThat(store.puts).containsExactly("a");
  }

  private static CharterBooked booked(String charterId) {
    return Samples.charterBooked(charterId);
  }

  private static CaptainCalled called(String charterId) {
    return Samples.captainCalled(charterId);
  }

  private static List<ConsumerRecord<String, Object>> fetch(SpecificRecord... events) {
    return Fetched.records(List.of(events));
  }
}
