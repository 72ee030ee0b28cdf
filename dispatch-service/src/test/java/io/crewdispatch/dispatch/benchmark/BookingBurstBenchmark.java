package io.crewdispatch.dispatch.benchmark;

import static io.crewdispatch.dispatch.support.Fixtures.booking;
import static io.crewdispatch.dispatch.support.Fixtures.member;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.events.Availability;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.serde.AvroEventSerializer;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * 1,000 CharterBooked published at once to one instance: how long until all 1,000 CaptainCalled are
 * out. Run alone: {@code ./mvnw -B -o -pl dispatch-service test -Dtest=BookingBurstBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@DispatchIntegrationTest
@TestPropertySource(properties = "spring.kafka.listener.concurrency=3")
class BookingBurstBenchmark {

  static final int BOOKINGS = Integer.getInteger("benchmark.bookings", 1_000);
  static final int CAPTAINS = 10;

  @Test
  void thousandBookingsAtOnce() throws Exception {
    // A booking may sail at most two years ahead (a later one stalls instead of calling): 100 sail
    // dates, ten bookings on each.
    List<LocalDate> dates = IntStream.range(0, 100).mapToObj(i -> uniqueSailDate()).toList();
    List<LocalDate> days =
        IntStream.range(0, BOOKINGS).mapToObj(i -> dates.get(i % dates.size())).toList();
    seedCaptains(dates);
    List<CharterBooked> bookings =
        days.stream().map(day -> booking(uniqueId("burst"), day, 2)).toList();
    Set<String> called = ConcurrentHashMap.newKeySet();

    try (var tap =
            new DispatchEventsTap(
                e -> {
                  if (e instanceof CaptainCalled c) {
                    called.add(c.getCharterId());
                  }
                });
        var producer = producer()) {
      long cpuBefore = processCpuNanos();
      long start = System.nanoTime();
      var serializer = new AvroEventSerializer();
      for (CharterBooked b : bookings) {
        String topic = Topic.CHARTER_EVENTS.topicName();
        producer.send(
            new ProducerRecord<>(topic, b.getCharterId(), serializer.serialize(topic, b)));
      }
      producer.flush();
      long published = System.nanoTime();
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> called.size() >= BOOKINGS);
      long done = System.nanoTime();
      long cpu = processCpuNanos() - cpuBefore;

      System.out.printf(
          "BENCHMARK booking-burst bookings=%d published_in_ms=%d all_captain_called_in_ms=%d"
              + " rate_per_s=%.0f cpu_ms_per_booking=%.2f load=%.2f%n",
          BOOKINGS,
          (published - start) / 1_000_000,
          (done - start) / 1_000_000,
          BOOKINGS / ((done - start) / 1e9),
          cpu / 1e6 / BOOKINGS,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      assertThat(called).hasSize(BOOKINGS);
    }
  }

  /**
   * The whole JVM's CPU: the service, the broker and DynamoDB Local run in it, so this is the cost
   * of a booking in the burst, whatever the machine's speed does to the wall clock.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private void seedCaptains(List<LocalDate> days) {
    Map<LocalDate, Availability> availability = new HashMap<>();
    days.forEach(day -> availability.put(day, Availability.AVAILABLE));
    try (DispatchDriver dispatch = new DispatchDriver()) {
      RosterChanged[] captains =
          IntStream.range(0, CAPTAINS)
              .mapToObj(i -> member(uniqueId("cap"), Rank.CAPTAIN, i, availability, null))
              .toArray(RosterChanged[]::new);
      dispatch.roster(captains);
    }
  }

  private static KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            Infrastructure.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.LINGER_MS_CONFIG,
            5),
        new StringSerializer(),
        new ByteArraySerializer());
  }
}
