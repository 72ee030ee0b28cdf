package io.crewdispatch.events.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.events.Channel;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.Pay;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.events.compat.SchemaSet;
import io.crewdispatch.events.topic.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * A consumer built from release 2 (its schemas parsed from {@code src/released/2}, reading generic
 * records) reads a RosterChanged written with today's schema, whose fingerprint it has never seen,
 * through the writer schema the serializer put in the header.
 */
class OlderConsumerTest {

  static final Map<String, Schema> RELEASE_2 = release("src/released/2");

  /** One per test: a registry keeps the writer schemas it has learnt from headers. */
  final EventTypeRegistry older = EventTypeRegistry.ofReaderSchemas(RELEASE_2.values());

  static final String TOPIC = Topic.ROSTER_MEMBERS.topicName();

  final AvroEventSerializer serializer = new AvroEventSerializer();

  @Test
  void aRelease2ConsumerReadsTheNewRosterChangedThroughTheWriterSchemaHeader() {
    RecordHeaders headers = new RecordHeaders();
    byte[] bytes = serializer.serialize(TOPIC, headers, rosterChanged());

    String writerSchema = WriterSchemaHeader.get(headers);
    assertThat(writerSchema).isEqualTo(RosterChanged.getClassSchema().toString());
    GenericRecord read =
        (GenericRecord) older.decodeRecord(bytes, Topic.ROSTER_MEMBERS, writerSchema);

    assertThat(read.getSchema()).isEqualTo(RELEASE_2.get("io.crewdispatch.events.RosterChanged"));
    GenericRecord member = (GenericRecord) read.get("member");
    assertThat(member.get("crewId").toString()).isEqualTo("morgan-tide");
    assertThat(member.get("email").toString()).isEqualTo("morgan-tide@example.com");
    assertThat(member.get("cascadeOrder")).isEqualTo(1);
    assertThat(member.getSchema().getField("certificates")).isNull();
  }

  @Test
  void withoutTheHeaderTheOlderConsumerCannotKnowTheFingerprint() {
    byte[] bytes = serializer.serialize(TOPIC, new RecordHeaders(), rosterChanged());

    assertThatThrownBy(() -> older.decodeRecord(bytes, Topic.ROSTER_MEMBERS, null))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageContaining("Unknown schema fingerprint");
  }

  @Test
  void aHeaderThatIsNotTheSchemaTheFingerprintNamesIsRefused() {
    byte[] bytes = serializer.serialize(TOPIC, new RecordHeaders(), rosterChanged());
    String otherSchema = RELEASE_2.get("io.crewdispatch.events.RosterChanged").toString();

    assertThatThrownBy(() -> older.decodeRecord(bytes, Topic.ROSTER_MEMBERS, otherSchema))
        .isInstanceOf(EventDecodingException.class)
        .hasMessageContaining("Writer schema header is 0x")
        .hasMessageContaining("but the record was written with 0x");
  }

  @Test
  void anEventWhoseSchemaIsReleasedCarriesNoHeader() {
    RecordHeaders headers = new RecordHeaders();
    CharterBooked booked =
        CharterBooked.newBuilder()
            .setEventId("e-1")
            .setOccurredAt(Instant.parse("2026-06-01T16:00:00Z"))
            .setCharterId("CH-1")
            .setVessel("Sea Breeze")
            .setSailDate(LocalDate.of(2026, 6, 14))
            .setDepartureTime(java.time.LocalTime.of(9, 30))
            .setReturnTime(java.time.LocalTime.of(13, 30))
            .setTimeZone("America/Los_Angeles")
            .setGuestCount(8)
            .setTotalRevenue(new BigDecimal("4250.00"))
            .build();

    byte[] bytes = serializer.serialize(Topic.CHARTER_EVENTS.topicName(), headers, booked);

    assertThat(headers.lastHeader(WriterSchemaHeader.NAME)).isNull();
    GenericRecord read = (GenericRecord) older.decodeRecord(bytes, Topic.CHARTER_EVENTS, null);
    assertThat(read.get("charterId").toString()).isEqualTo("CH-1");
  }

  @Test
  void theDeserializerTakesTheWriterSchemaFromTheHeader() throws Exception {
    Schema released = RELEASE_2.get("io.crewdispatch.events.RosterChanged");
    EventTypeRegistry newer = new EventTypeRegistry();
    newer.register(RosterChanged.class);
    // The mirror image: an up-to-date consumer reading what an "older writer" sent, known to it
    // only by the header (this registry was never told about release 2).
    RecordHeaders headers = new RecordHeaders();
    WriterSchemaHeader.put(headers, released.toString());
    GenericRecord olderEvent =
        (GenericRecord)
            older.decodeRecord(
                serializer.serialize(TOPIC, new RecordHeaders(), rosterChanged()),
                Topic.ROSTER_MEMBERS,
                RosterChanged.getClassSchema().toString());
    byte[] olderBytes = OlderWriterTest.singleObject(released, olderEvent);

    RosterChanged read =
        (RosterChanged) new AvroEventDeserializer(newer).deserialize(TOPIC, headers, olderBytes);

    assertThat(read.getMember().getCrewId()).isEqualTo("morgan-tide");
    assertThat(read.getMember().getCertificates()).isEmpty();
  }

  static RosterChanged rosterChanged() {
    RosterMember member =
        RosterMember.newBuilder()
            .setCrewId("morgan-tide")
            .setName("Morgan Tide")
            .setRank(Rank.CAPTAIN)
            .setEmail("morgan-tide@example.com")
            .setPhone("+16195550101")
            .setCascadeOrder(1)
            .setActive(true)
            .setAvailability(Map.of())
            .setPairedCaptainByMonth(Map.of())
            .setChannel(Channel.SMS)
            .setCertificates(Map.of("USCG Master", "2026-09-30"))
            .setPay(
                Pay.newBuilder()
                    .setDayRate(new BigDecimal("450.00"))
                    .setRevenueSharePercent(new BigDecimal("12.50"))
                    .build())
            .setCreatedAt(Instant.parse("2026-06-01T16:00:00Z"))
            .build();
    return RosterChanged.newBuilder()
        .setEventId("e-roster")
        .setOccurredAt(Instant.parse("2026-06-01T16:00:00Z"))
        .setCrewId("morgan-tide")
        .setMember(member)
        .build();
  }

  private static Map<String, Schema> release(String dir) {
    Map<String, String> sources = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      for (Path file : files.sorted().toList()) {
        sources.put(file.getFileName().toString(), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SchemaSet.parse(sources);
  }
}
