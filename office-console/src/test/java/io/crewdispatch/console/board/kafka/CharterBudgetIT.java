package io.crewdispatch.console.board.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.console.board.application.BoardStore;
import io.crewdispatch.console.board.application.CharterSize;
import io.crewdispatch.console.board.application.RecordBoardEvent;
import io.crewdispatch.console.board.domain.CharterHistory;
import io.crewdispatch.console.board.domain.CharterStatus;
import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.support.ConsoleTestBase;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * A charter's one item has a size limit (DynamoDB's 400 KB; the board keeps below it): how much of
 * it a realistic charter takes, and that a charter pushed over it stops nothing else on its
 * partition and loses nothing silently (the real broker and DynamoDB Local).
 */
class CharterBudgetIT extends ConsoleTestBase {

  /** DynamoDB's own limit for one item, which the table enforces (so does DynamoDB Local). */
  private static final long DYNAMODB_LIMIT = 400 * 1024;

  private static int partitions;

  @Autowired BoardStore board;
  @Autowired RecordBoardEvent suiteBoard;
  @Autowired BookingTopicsListener suiteListener;
  @Autowired KafkaListenerEndpointRegistry listeners;

  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void aFullCascadeTakesAFractionOfTheBudget() {
    String charterId = "cascade-" + UUID.randomUUID();
    List<SpecificRecord> events = FullCascade.of(charterId);
    for (int i = 0; i < events.size(); i += 3) { // a booking's events mostly share a fetch
      suiteListener.on(fetch(events.subList(i, Math.min(i + 3, events.size()))));
    }

    CharterHistory stored = board.charter(charterId).orElseThrow();
    assertThat(stored.facts()).hasSameSizeAs(events);
    assertThat(stored.view().status()).isEqualTo(CharterStatus.COMPLETED);
    assertThat(stored.view().crew()).hasSize(FullCascade.CREW_SEATS);
    CharterSize size = board.charterSize(stored);
    long viewOnly =
        board
            .charterSize(new CharterHistory(charterId, stored.version(), List.of(), stored.view()))
            .bytes();
    System.out.printf(
        "full cascade: %d facts, item %d bytes (%.1f KB), view alone %d bytes, %.0f bytes a fact,"
            + " budget %d bytes: %.1f%% of it%n",
        stored.facts().size(),
        size.bytes(),
        size.bytes() / 1024.0,
        viewOnly,
        (size.bytes() - viewOnly) / (double) stored.facts().size(),
        size.budget(),
        100.0 * size.bytes() / size.budget());
    assertThat(size.bytes())
        .as("a realistic charter is far below the budget")
        .isLessThan(size.budget() / 4);
  }

  @Test
  void aCharterOverItsBudgetIsDeadLetteredAndTheNextCharterOnItsPartitionIsRecorded() {
    String full = "resent-" + UUID.randomUUID();
    String next = onTheSamePartition(full);
    // A booking system re-sending the booking for ever, each time under a new event id.
    List<Fact> filled = fillToTheBudget(full);
    suiteBoard.record(full, filled);
    CharterHistory before = board.charter(full).orElseThrow();
    assertThat(before.facts()).hasSameSizeAs(filled);

    // As many more as take it past DynamoDB's own limit: unguarded, the table would refuse this
    // charter's next write every time.
    List<CharterBooked> more = new ArrayList<>();
    while (board.charterSize(before.with(more.stream().map(this::fact).toList())).bytes()
        <= DYNAMODB_LIMIT) {
      more.add(resentLong(full, filled.size() + more.size()));
    }
    CharterBooked nextBooked = Samples.charterBooked(next);

    // Stopped, the listener finds them all waiting on one partition: the re-sends, then the other.
    MessageListenerContainer container = listeners.getListenerContainer(BookingTopicsListener.ID);
    container.stop();
    try {
      more.forEach(e -> probe.publish(Topic.CHARTER_EVENTS, full, e));
      probe.publish(Topic.CHARTER_EVENTS, next, nextBooked);
    } finally {
      container.start();
    }

    CharterHistory recorded =
        await()
            .atMost(Duration.ofSeconds(90))
            .until(() -> board.charter(next), h -> h.isPresent())
            .orElseThrow();
    assertThat(recorded.facts()).extracting(Fact::eventId).containsExactly(nextBooked.getEventId());
    probe.awaitCommittedPast(Topic.CHARTER_EVENTS, next);

    // Nothing silently lost: each re-send is on the dead-letter topic, saying why.
    List<KafkaProbe.DeadLetter> dead =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> probe.deadLetters(Topic.CHARTER_EVENTS, full), d -> d.size() >= more.size());
    assertThat(dead).hasSize(more.size());
    assertThat(dead)
        .allSatisfy(
            d -> {
              assertThat(d.record().partition()).isEqualTo(partition(next));
              assertThat(d.reason())
                  .startsWith("CharterTooLarge: Charter " + full + " has no room for event ")
                  .containsPattern("would take \\d+ bytes, over the board's budget of \\d+ bytes");
            });
    assertThat(board.charter(full).orElseThrow().version())
        .as("the charter as it was: nothing over the budget written")
        .isEqualTo(before.version());
    // The office hears: each is reported, and its timeline copy, which has no room either, is
    // dead-lettered on ops-events instead of stopping it.
    EventDeadLettered report =
        probe.await(
            Topic.OPS_EVENTS,
            EventDeadLettered.class,
            e -> full.equals(e.getKey()) && Topic.CHARTER_EVENTS.topicName().equals(e.getTopic()));
    assertThat(report.getReason()).contains("Charter " + full + " has no room");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                probe.deadLetters(Topic.OPS_EVENTS, "office-console").stream()
                    .anyMatch(d -> d.reason().contains("Charter " + full + " has no room")));
  }

  /** Re-sent bookings of {@code charterId}, as many as its item has room for. */
  private List<Fact> fillToTheBudget(String charterId) {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      facts.add(fact(resent(charterId, i)));
    }
    int fits = 0;
    int over = facts.size();
    assertThat(fits(charterId, facts.subList(0, over))).isFalse();
    while (over - fits > 1) {
      int middle = (fits + over) / 2;
      if (fits(charterId, facts.subList(0, middle))) {
        fits = middle;
      } else {
        over = middle;
      }
    }
    return List.copyOf(facts.subList(0, fits));
  }

  private boolean fits(String charterId, List<Fact> facts) {
    return board.charterSize(CharterHistory.none(charterId).with(facts)).fits();
  }

  private static CharterBooked resent(String charterId, int i) {
    return CharterBooked.newBuilder(Samples.charterBooked(charterId))
        .setOccurredAt(Samples.NOW.plusSeconds(i))
        .build();
  }

  /**
   * A re-send with a vessel name of ~1 KB: a few of them cross DynamoDB's limit, and each dead
   * letter costs its partition a fetch round (~0.3 s). The charter is filled with the short ones,
   * so what room is left is smaller than any fact.
   */
  private static CharterBooked resentLong(String charterId, int i) {
    return CharterBooked.newBuilder(resent(charterId, i))
        .setVessel("Sea Breeze of the Long Name ".repeat(36))
        .build();
  }

  private Fact fact(CharterBooked booked) {
    return CharterEventFacts.of(booked).orElseThrow();
  }

  /** A charter id whose records go to the same partition of charter-events as {@code charterId}. */
  private static String onTheSamePartition(String charterId) {
    partitions = partitions(Topic.CHARTER_EVENTS);
    for (int i = 0; ; i++) {
      String candidate = "next-" + i + "-" + UUID.randomUUID();
      if (partition(candidate) == partition(charterId)) {
        return candidate;
      }
    }
  }

  /** The producer's default partitioner: murmur2 of the key over the topic's partitions. */
  private static int partition(String key) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  private static int partitions(Topic topic) {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.kafkaBootstrapServers()))) {
      return admin
          .describeTopics(List.of(topic.topicName()))
          .allTopicNames()
          .get()
          .get(topic.topicName())
          .partitions()
          .size();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fetched batch of {@code events}, each on its topic, as the container hands it over. */
  private static List<ConsumerRecord<String, Object>> fetch(List<SpecificRecord> events) {
    return Fetched.records(events);
  }
}
