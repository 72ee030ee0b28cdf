package io.crewdispatch.events.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.topic.Topic;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AvroEventSerdeTest {

  private final AvroEventSerializer serializer = new AvroEventSerializer();
  private final AvroEventDeserializer deserializer = new AvroEventDeserializer();

  static Stream<Object[]> everyEventOnItsTopic() {
    return Arrays.stream(Topic.values())
        .flatMap(t -> t.eventTypes().stream().map(type -> new Object[] {t, type}));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("everyEventOnItsTopic")
  void everyEventRoundTripsOnItsTopicAndItsDeadLetterTopic(
      Topic topic, Class<? extends SpecificRecord> type) {
    RandomEvents random = new RandomEvents(type.getName().hashCode());
    for (int i = 0; i < 20; i++) {
      SpecificRecord event = random.next(type);
      byte[] bytes = serializer.serialize(topic.topicName(), event);
      assertThat(deserializer.deserialize(topic.topicName(), bytes)).isEqualTo(event);
      assertThat(deserializer.deserialize(topic.deadLetterTopicName(), bytes)).isEqualTo(event);
    }
  }

  @Test
  void logicalTypesSurviveTheWire() {
    CharterBooked booked = booking();
    CharterBooked back =
        (CharterBooked)
            deserializer.deserialize(
                "charter-events", serializer.serialize("charter-events", booked));
    assertThat(back.getTotalRevenue()).isEqualByComparingTo("4250.50");
    assertThat(back.getSailDate()).isEqualTo(LocalDate.of(2026, 6, 14));
    assertThat(back.getDepartureTime()).isEqualTo(LocalTime.of(9, 30));
    assertThat(back.getOccurredAt()).isEqualTo(Instant.parse("2026-06-01T16:00:00Z"));
  }

  @Test
  void tombstonesPassThroughAsNull() {
    assertThat(serializer.serialize("roster-members", null)).isNull();
    assertThat(deserializer.deserialize("roster-members", null)).isNull();
  }

  @Test
  void serializerRefusesAnEventForeignToTheTopic() {
    assertThatThrownBy(() -> serializer.serialize("dispatch-events", booking()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("CharterBooked does not belong on topic dispatch-events");
  }

  @Test
  void deserializerRefusesAnEventForeignToTheTopic() {
    byte[] bytes = serializer.serialize("charter-events", booking());
    assertThatThrownBy(() -> deserializer.deserialize("auth-events", bytes))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageContaining("CharterBooked does not belong on topic auth-events");
  }

  @Test
  void unknownFingerprintIsAClearError() {
    byte[] bytes = serializer.serialize("charter-events", booking());
    bytes[5] ^= 0x5A;
    assertThatThrownBy(() -> deserializer.deserialize("charter-events", bytes))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageContaining("Unknown schema fingerprint 0x")
        .hasMessageContaining("on topic charter-events");
  }

  @Test
  void truncatedBodyIsAClearError() {
    byte[] bytes = serializer.serialize("charter-events", booking());
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 12);
    assertThatThrownBy(() -> deserializer.deserialize("charter-events", truncated))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageContaining("Truncated or corrupt CharterBooked body");
  }

  @Test
  void truncatedHeaderIsAClearError() {
    byte[] bytes = Arrays.copyOf(serializer.serialize("charter-events", booking()), 6);
    assertThatThrownBy(() -> deserializer.deserialize("charter-events", bytes))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageContaining("Truncated header: 6 bytes");
  }

  @Test
  void garbageIsAClearError() {
    byte[] garbage = "{\"charterId\":\"C-1\"}".getBytes();
    assertThatThrownBy(() -> deserializer.deserialize("charter-events", garbage))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageContaining(
            "Not Avro single-object encoding: expected marker C3 01 but got 7B 22");
  }

  @Test
  void trailingBytesAreRefused() {
    CharterCancelled cancelled =
        CharterCancelled.newBuilder()
            .setEventId("e-1")
            .setOccurredAt(Instant.parse("2026-06-01T16:00:00Z"))
            .setCharterId("C-1")
            .setReason(null)
            .build();
    byte[] bytes = serializer.serialize("charter-events", cancelled);
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
    assertThatThrownBy(() -> deserializer.deserialize("charter-events", longer))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageContaining("bytes left over");
  }

  static CharterBooked booking() {
    return CharterBooked.newBuilder()
        .setEventId("6f1c1c4e-4d7e-4a35-9f1e-7b8f2a0c0001")
        .setOccurredAt(Instant.parse("2026-06-01T16:00:00Z"))
        .setCharterId("CH-1001")
        .setVessel("Sea Breeze")
        .setSailDate(LocalDate.of(2026, 6, 14))
        .setDepartureTime(LocalTime.of(9, 30))
        .setReturnTime(LocalTime.of(13, 30))
        .setTimeZone("America/Los_Angeles")
        .setGuestCount(8)
        .setCrewRequired(2)
        .setTotalRevenue(new BigDecimal("4250.50"))
        .setCustomerName("Pat Example")
        .setNotes(null)
        .setSource("test")
        .build();
  }
}
