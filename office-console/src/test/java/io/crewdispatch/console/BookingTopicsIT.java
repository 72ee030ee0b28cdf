package io.crewdispatch.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.console.board.application.BoardStore;
import io.crewdispatch.console.board.domain.CharterHistory;
import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.console.support.ConsoleTestBase;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.DeadLetterChecks;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The booking topics' batch listener keeps the platform's dead-letter contract on the real broker:
 * poison goes to its topic's dead-letter topic with its reason and is reported (the office hears),
 * and the records around it in the same fetch are recorded.
 */
class BookingTopicsIT extends ConsoleTestBase {

  @Autowired MeterRegistry meters;
  @Autowired KafkaListenerEndpointRegistry listeners;
  @Autowired BoardStore board;

  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void poisonOnCharterEventsIsDeadLetteredAndTheNextRecordIsHandled() {
    DeadLetterChecks.poisonIsDeadLetteredAndTheNextRecordIsHandled(
        probe, meters, Topic.CHARTER_EVENTS, Samples::charterBooked, "charterId");
  }

  @Test
  void poisonOnDispatchEventsIsDeadLetteredAndTheNextRecordIsHandled() {
    DeadLetterChecks.poisonIsDeadLetteredAndTheNextRecordIsHandled(
        probe, meters, Topic.DISPATCH_EVENTS, Samples::captainCalled, "charterId");
  }

  @Test
  void aPoisonRecordInTheMiddleOfAFetchIsDeadLetteredAloneAndTheOthersAreRecorded() {
    String charterId = "middle-" + UUID.randomUUID();
    CharterBooked booked = Samples.charterBooked(charterId);
    CharterBooked unknownZone =
        CharterBooked.newBuilder(Samples.charterBooked(charterId))
            .setTimeZone("Atlantis/Lost_City")
            .build();
    CharterCancelled cancelled =
        CharterCancelled.newBuilder(Samples.charterCancelled(charterId))
            .setOccurredAt(booked.getOccurredAt().plusSeconds(60))
            .build();

    // Stopped, the listener finds all three waiting on one partition: they come in one fetch.
    MessageListenerContainer container = listeners.getListenerContainer("console-booking-topics");
    container.stop();
    try {
      probe.publish(Topic.CHARTER_EVENTS, charterId, booked);
      probe.publish(Topic.CHARTER_EVENTS, charterId, unknownZone);
      probe.publish(Topic.CHARTER_EVENTS, charterId, cancelled);
    } finally {
      container.start();
    }

    KafkaProbe.DeadLetter dead = probe.awaitDeadLetter(Topic.CHARTER_EVENTS, charterId);
    assertThat(dead.reason()).contains("Unknown time-zone ID: Atlantis/Lost_City");
    EventDeadLettered report =
        probe.await(
            Topic.OPS_EVENTS,
            EventDeadLettered.class,
            e -> charterId.equals(e.getKey()) && "office-console".equals(e.getService()));
    assertThat(report.getRecordEventId()).isEqualTo(unknownZone.getEventId());
    // The office hears: the dead letter lands on the charter's timeline, beside the two recorded.
    List<Fact> facts =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> board.charter(charterId).map(CharterHistory::facts).orElse(List.of()),
                f -> f.size() == 3);
    assertThat(facts)
        .extracting(Fact::type)
        .containsExactlyInAnyOrder(FactType.BOOKED, FactType.CANCELLED, FactType.DEAD_LETTERED);
    assertThat(facts)
        .extracting(Fact::eventId)
        .contains(booked.getEventId(), cancelled.getEventId())
        .doesNotContain(unknownZone.getEventId());
    probe.awaitCommittedPast(Topic.CHARTER_EVENTS, charterId);
    assertThat(probe.deadLetters(Topic.CHARTER_EVENTS, charterId)).hasSize(1);
  }
}
