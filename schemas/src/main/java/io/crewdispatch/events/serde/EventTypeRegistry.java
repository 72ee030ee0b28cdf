package io.crewdispatch.events.serde;

import io.crewdispatch.events.topic.Topic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Knows every event type and every writer schema it can read, by the schema's 64-bit fingerprint,
 * and encodes and decodes Avro single-object encoding: {@code C3 01}, the writer schema's
 * CRC-64-AVRO fingerprint (little-endian), then the Avro binary body.
 */
public final class EventTypeRegistry {

  static final byte MARKER_0 = (byte) 0xC3;
  static final byte MARKER_1 = (byte) 0x01;
  static final int HEADER_LENGTH = 10;

  static {
    trustEventPackage();
  }

  private static final EventTypeRegistry STANDARD = standardRegistry();

  private record Reader(
      Class<? extends SpecificRecord> type, SpecificDatumReader<SpecificRecord> reader) {}

  private final Map<Long, Reader> readers = new ConcurrentHashMap<>();
  private final Map<Class<?>, SpecificDatumWriter<SpecificRecord>> writers =
      new ConcurrentHashMap<>();
  private final Map<Class<?>, byte[]> headers = new ConcurrentHashMap<>();

  /** The registry of every event in the topic catalogue, with all released writer schemas. */
  public static EventTypeRegistry standard() {
    return STANDARD;
  }

  /**
   * Avro 1.12.1+ refuses to instantiate classes from untrusted packages; ours are generated from
   * our own schemas, so trust exactly that package on top of whatever was trusted already.
   */
  private static void trustEventPackage() {
    String eventsPackage = Topic.class.getPackageName().replace(".topic", "");
    ClassSecurityValidator.ClassSecurityPredicate ours =
        type -> type.getPackageName().equals(eventsPackage);
    ClassSecurityValidator.setGlobal(
        ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), ours));
  }

  private static EventTypeRegistry standardRegistry() {
    EventTypeRegistry registry = new EventTypeRegistry();
    Set<Class<? extends SpecificRecord>> types = new LinkedHashSet<>();
    Arrays.stream(Topic.values()).forEach(t -> types.addAll(t.eventTypes()));
    types.forEach(registry::register);
    List<String> names = new ArrayList<>();
    types.forEach(t -> collectNames(schemaOf(t), names));
    for (Map<String, Schema> release : ReleasedSchemas.load(names)) {
      for (Class<? extends SpecificRecord> type : types) {
        Schema old = release.get(schemaOf(type).getFullName());
        if (old != null) {
          registry.registerWriterSchema(type, old);
        }
      }
    }
    return registry;
  }

  /** Registers an event type with its current schema as both writer and reader. */
  public void register(Class<? extends SpecificRecord> type) {
    Schema schema = schemaOf(type);
    registerWriterSchema(type, schema);
    byte[] header =
        ByteBuffer.allocate(HEADER_LENGTH)
            .order(ByteOrder.LITTLE_ENDIAN)
            .put(MARKER_0)
            .put(MARKER_1)
            .putLong(fingerprint(schema))
            .array();
    headers.put(type, header);
    SpecificData data = SpecificData.getForClass(type);
    writers.put(type, new SpecificDatumWriter<>(schema, data));
  }

  /** Lets this registry read data written with an older (or newer) schema of {@code type}. */
  public void registerWriterSchema(Class<? extends SpecificRecord> type, Schema writer) {
    SpecificData data = SpecificData.getForClass(type);
    readers.putIfAbsent(
        fingerprint(writer),
        new Reader(type, new SpecificDatumReader<>(writer, schemaOf(type), data)));
  }

  public byte[] encode(SpecificRecord event) {
    byte[] header = headers.get(event.getClass());
    if (header == null) {
      throw new EventDecodingException(
          "Cannot encode " + event.getClass().getName() + ": not a registered event type");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.writeBytes(header);
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    try {
      writers.get(event.getClass()).write(event, encoder);
      encoder.flush();
    } catch (IOException | RuntimeException e) {
      throw new EventDecodingException(
          "Cannot encode " + event.getSchema().getName() + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /**
   * Decodes single-object-encoded bytes into the event type their fingerprint names.
   *
   * @param allowed when non-null, the decoded type must be one of the topic's event types
   */
  public SpecificRecord decode(byte[] data, Topic allowed) {
    if (data.length < 2 || data[0] != MARKER_0 || data[1] != MARKER_1) {
      throw new EventDecodingException(
          "Not Avro single-object encoding: expected marker C3 01 but got "
              + HexFormat.ofDelimiter(" ")
                  .withUpperCase()
                  .formatHex(data, 0, Math.min(2, data.length)));
    }
    if (data.length < HEADER_LENGTH) {
      throw new EventDecodingException(
          "Truncated header: "
              + data.length
              + " bytes, single-object encoding needs "
              + HEADER_LENGTH);
    }
    long fingerprint = ByteBuffer.wrap(data, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    Reader reader = readers.get(fingerprint);
    if (reader == null) {
      throw new EventDecodingException(
          "Unknown schema fingerprint "
              + hex(fingerprint)
              + (allowed != null ? " on topic " + allowed.topicName() : "")
              + ": not a known version of any event type");
    }
    if (allowed != null && !allowed.carries(reader.type())) {
      throw new EventDecodingException(
          reader.type().getSimpleName() + " does not belong on topic " + allowed.topicName());
    }
    BinaryDecoder decoder =
        DecoderFactory.get().binaryDecoder(data, HEADER_LENGTH, data.length - HEADER_LENGTH, null);
    SpecificRecord event;
    try {
      event = reader.reader().read(null, decoder);
      if (!decoder.isEnd()) {
        throw new EventDecodingException(
            "Corrupt " + reader.type().getSimpleName() + ": bytes left over after the record");
      }
    } catch (EventDecodingException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new EventDecodingException(
          "Truncated or corrupt "
              + reader.type().getSimpleName()
              + " body ("
              + (data.length - HEADER_LENGTH)
              + " bytes): "
              + e,
          e);
    }
    return event;
  }

  public static long fingerprint(Schema schema) {
    return SchemaNormalization.parsingFingerprint64(schema);
  }

  private static String hex(long fingerprint) {
    return "0x" + HexFormat.of().withUpperCase().toHexDigits(fingerprint);
  }

  private static Schema schemaOf(Class<? extends SpecificRecord> type) {
    return SpecificData.getForClass(type).getSchema(type);
  }

  private static void collectNames(Schema schema, List<String> names) {
    switch (schema.getType()) {
      case RECORD -> {
        if (names.contains(schema.getName())) {
          return;
        }
        names.add(schema.getName());
        schema.getFields().forEach(f -> collectNames(f.schema(), names));
      }
      case ENUM, FIXED -> {
        if (!names.contains(schema.getName())) {
          names.add(schema.getName());
        }
      }
      case UNION -> schema.getTypes().forEach(s -> collectNames(s, names));
      case ARRAY -> collectNames(schema.getElementType(), names);
      case MAP -> collectNames(schema.getValueType(), names);
      default -> {}
    }
  }
}
