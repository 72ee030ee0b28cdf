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
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, part 2: deciding whom to call must cost the same with 10 or 500 charters already booked
 * on the sail date. Two sail dates share one roster of captains available on both; 10 charters are
 * booked on the first and 500 on the second (each holding a captain), then the same number of
 * bookings at 10 a second is timed on each: booking published to CaptainCalled, and the CPU the
 * charter-events listener threads spent per booking (from the JVM's thread CPU clocks, so the
 * broker and DynamoDB Local sharing this JVM do not count and a busy machine hides little). Run
 * alone: {@code ./mvnw -B -o -pl dispatch-service -am verify -Dtest=SameDayCostBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@DispatchIntegrationTest
class SameDayCostBenchmark {

  static final int FEW = 10;
  static final int MANY = Integer.getInteger("benchmark.sameDayCharters", 500);
  static final int TIMED = Integer.getInteger("benchmark.timedBookings", 100);
  static final int RATE = 10;

  private final Map<String, Long> calledAt = new ConcurrentHashMap<>();

  @Test
  void firstCallCostsTheSameWithFewOrManyChartersThatDay() throws Exception {
    LocalDate fewDay = uniqueSailDate();
    LocalDate manyDay = uniqueSailDate();
    // Enough captains for every booking on the busier day: the roster, and so the holds read per
    // decision, is the same on both days; only the number of charters already booked differs.
    seedCaptains(MANY + TIMED, fewDay, manyDay);

    try (var tap =
            new DispatchEventsTap(
                e -> {
                  if (e instanceof CaptainCalled c) {
                    calledAt.putIfAbsent(c.getCharterId(), System.nanoTime());
                  }
                });
        var producer = producer()) {
      // The 510 bookings made beforehand also warm the JIT up before anything is timed.
      preload(producer, manyDay, MANY);
      preload(producer, fewDay, FEW);

      // The busy day first: whatever warm-up is left then counts against it, not for it.
      Run many = timed(producer, manyDay);
      Run few = timed(producer, fewDay);
      System.out.printf(
          "BENCHMARK same-day-cost rate_per_s=%d timed=%d%n  %d charters that day: %s%n"
              + "  %d charters that day: %s%n  load: %s%n",
          RATE, TIMED, FEW, few, MANY, many, loadAverage());

      // A read of the day's charters (what this replaced) made the busy day's decision several
      // times dearer; the holds read costs the same. Thread CPU is noisy only by a little.
      assertThat(many.cpuMillisPerBooking()).isLessThan(1.5 * few.cpuMillisPerBooking() + 0.5);
    }
  }

  private record Run(double cpuMillisPerBooking, double p50, double p99, double max) {
    @Override
    public String toString() {
      return String.format(
          "cpu_ms_per_booking=%.2f first_call_ms p50=%.1f p99=%.1f max=%.1f",
          cpuMillisPerBooking, p50, p99, max);
    }
  }

  private void preload(KafkaProducer<String, byte[]> producer, LocalDate day, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CharterBooked b = booking(uniqueId("day"), day, 2);
      ids.add(b.getCharterId());
      send(producer, b);
    }
    producer.flush();
    await()
        .atMost(Duration.ofMinutes(15))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> ids.stream().allMatch(calledAt::containsKey));
  }

  private Run timed(KafkaProducer<String, byte[]> producer, LocalDate day) throws Exception {
    Thread.sleep(1_000); // the preload's last commits and outbox relays settle
    Map<String, Long> sentAt = new HashMap<>();
    long cpuBefore = listenerCpuNanos();
    long interval = 1_000_000_000L / RATE;
    long start = System.nanoTime();
    for (int i = 0; i < TIMED; i++) {
      long wait = start + i * interval - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      CharterBooked b = booking(uniqueId("timed"), day, 2);
      sentAt.put(b.getCharterId(), System.nanoTime());
      send(producer, b);
    }
    await()
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> sentAt.keySet().stream().allMatch(calledAt::containsKey));
    long cpu = listenerCpuNanos() - cpuBefore;
    double[] millis =
        sentAt.entrySet().stream()
            .mapToDouble(e -> (calledAt.get(e.getKey()) - e.getValue()) / 1e6)
            .sorted()
            .toArray();
    return new Run(
        cpu / 1e6 / TIMED,
        percentile(millis, 0.50),
        percentile(millis, 0.99),
        millis[millis.length - 1]);
  }

  /** CPU of the threads that consume charter-events (Spring names them after the listener id). */
  private static long listenerCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("dispatch-charter-events"))
        .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId())))
        .sum();
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static String loadAverage() {
    try {
      return Arrays.toString(
              java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4))
          .replace(", ", " ");
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static void send(KafkaProducer<String, byte[]> producer, CharterBooked booking) {
    String topic = Topic.CHARTER_EVENTS.topicName();
    producer.send(
        new ProducerRecord<>(
            topic, booking.getCharterId(), new AvroEventSerializer().serialize(topic, booking)));
  }

  private static void seedCaptains(int count, LocalDate... days) {
    Map<LocalDate, Availability> availability = new HashMap<>();
    Arrays.stream(days).forEach(day -> availability.put(day, Availability.AVAILABLE));
    try (DispatchDriver dispatch = new DispatchDriver()) {
      dispatch.roster(
          IntStream.range(0, count)
              .mapToObj(i -> member(uniqueId("cap"), Rank.CAPTAIN, i, availability, null))
              .toArray(RosterChanged[]::new));
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
            0),
        new StringSerializer(),
        new ByteArraySerializer());
  }
}
