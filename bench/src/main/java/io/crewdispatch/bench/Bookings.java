package io.crewdispatch.bench;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.serde.AvroEventSerializer;
import io.crewdispatch.events.topic.Topic;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes CharterBooked as a booking system would, each with a vessel name the mail shows. */
final class Bookings implements AutoCloseable {

  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  private final KafkaProducer<String, byte[]> producer;
  private final AvroEventSerializer serializer = new AvroEventSerializer();
  private final AtomicInteger sequence = new AtomicInteger();
  private final Map<String, String> charterIds = new java.util.concurrent.ConcurrentHashMap<>();
  private final LocalDate firstDayNextMonth = LocalDate.now(ZONE).withDayOfMonth(1).plusMonths(1);

  Bookings(String bootstrapServers) {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                0),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  /** A new charter next month (inside the seeded roster's availability); returns its vessel. */
  String book(long[] sentAtNanos) {
    int n = sequence.incrementAndGet();
    String vessel = String.format("BV%06d", n);
    String charterId = "bench-" + UUID.randomUUID();
    charterIds.put(vessel, charterId);
    LocalDate day = firstDayNextMonth.plusDays(n % 27);
    LocalTime departure = LocalTime.of(6 + (n / 27) % 3 * 5, 0);
    CharterBooked booked =
        CharterBooked.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setOccurredAt(Instant.now())
            .setCharterId(charterId)
            .setVessel(vessel)
            .setSailDate(day)
            .setDepartureTime(departure)
            .setReturnTime(departure.plusHours(4))
            .setTimeZone(ZONE.getId())
            .setGuestCount(6)
            .setCrewRequired(2)
            .setTotalRevenue(new BigDecimal("2400.00"))
            .setCustomerName(null)
            .setNotes(null)
            .setSource("bench")
            .build();
    byte[] value = serializer.serialize(Topic.CHARTER_EVENTS.topicName(), booked);
    sentAtNanos[0] = System.nanoTime();
    producer.send(new ProducerRecord<>(Topic.CHARTER_EVENTS.topicName(), charterId, value));
    return vessel;
  }

  /** Every charter booked so far. */
  java.util.Collection<String> charterIds() {
    return charterIds.values();
  }

  String charterIdOf(String vessel) {
    return charterIds.get(vessel);
  }

  @Override
  public void close() {
    producer.close();
  }
}
