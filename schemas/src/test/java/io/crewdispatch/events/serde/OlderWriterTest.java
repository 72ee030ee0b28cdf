package io.crewdispatch.events.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.topic.Topic;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/**
 * A booking system still on an older CharterBooked (no crewRequired, notes or source) must be read.
 */
class OlderWriterTest {

  private static final String OLDER_CHARTER_BOOKED =
      """
      {"type":"record","name":"CharterBooked","namespace":"io.crewdispatch.events","fields":[
        {"name":"eventId","type":"string"},
        {"name":"occurredAt","type":{"type":"long","logicalType":"timestamp-millis"}},
        {"name":"charterId","type":"string"},
        {"name":"vessel","type":"string"},
        {"name":"sailDate","type":{"type":"int","logicalType":"date"}},
        {"name":"departureTime","type":{"type":"int","logicalType":"time-millis"}},
        {"name":"returnTime","type":{"type":"int","logicalType":"time-millis"}},
        {"name":"timeZone","type":"string"},
        {"name":"guestCount","type":"int"},
        {"name":"totalRevenue","type":{"type":"bytes","logicalType":"decimal","precision":12,"scale":2}},
        {"name":"customerName","type":["null","string"],"default":null}
      ]}""";

  @Test
  void recordWrittenWithAnOlderSchemaDecodesWithDefaults() throws Exception {
    Schema older = new Schema.Parser().parse(OLDER_CHARTER_BOOKED);
    EventTypeRegistry registry = new EventTypeRegistry();
    registry.register(CharterBooked.class);
    registry.registerWriterSchema(CharterBooked.class, older);

    GenericRecord record = new GenericData.Record(older);
    record.put("eventId", "e-older");
    record.put("occurredAt", 1_780_000_000_000L);
    record.put("charterId", "CH-OLD");
    record.put("vessel", "Kelp Runner");
    record.put("sailDate", (int) LocalDate.of(2026, 7, 4).toEpochDay());
    record.put("departureTime", 10 * 3_600_000);
    record.put("returnTime", 14 * 3_600_000);
    record.put("timeZone", "America/Los_Angeles");
    record.put("guestCount", 6);
    Schema money = older.getField("totalRevenue").schema();
    record.put(
        "totalRevenue",
        new Conversions.DecimalConversion()
            .toBytes(new BigDecimal("1800.00"), money, money.getLogicalType()));
    record.put("customerName", null);

    CharterBooked decoded =
        (CharterBooked)
            new AvroEventDeserializer(registry)
                .deserialize(Topic.CHARTER_EVENTS.topicName(), singleObject(older, record));

    assertThat(decoded.getCharterId()).isEqualTo("CH-OLD");
    assertThat(decoded.getSailDate()).isEqualTo(LocalDate.of(2026, 7, 4));
    assertThat(decoded.getTotalRevenue()).isEqualByComparingTo("1800.00");
    assertThat(decoded.getCrewRequired()).isZero();
    assertThat(decoded.getNotes()).isNull();
    assertThat(decoded.getSource()).isEqualTo("unknown");
  }

  static byte[] singleObject(Schema schema, GenericRecord record) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(
        ByteBuffer.allocate(10)
            .order(ByteOrder.LITTLE_ENDIAN)
            .put((byte) 0xC3)
            .put((byte) 0x01)
            .putLong(EventTypeRegistry.fingerprint(schema))
            .array());
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }
}
