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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
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
 *
 * <p>A consumer older than its producer does not know the new writer's fingerprint. So the writer
 * names its schema in a record header ({@link WriterSchemaHeader}) whenever that schema is newer
 * than the type's latest release, and a reader facing an unknown fingerprint takes the schema from
 * the header, checks that it is the one the fingerprint names, and resolves it to its own reader
 * schema by the type's full name.
 */
public final class EventTypeRegistry {

  static final byte MARKER_0 = (byte) 0xC3;
  static final byte MARKER_1 = (byte) 0x01;
  static final int HEADER_LENGTH = 10;

  static {
    trustEventPackage();
  }

  private static final EventTypeRegistry STANDARD = standardRegistry();

  /** Writer schemas learnt from headers are cached up to this many (producers are trusted). */
  private static final int MAX_LEARNT = 256;

  private record Reader(String typeName, DatumReader<? extends IndexedRecord> reader) {}

  private final Map<Long, Reader> readers = new ConcurrentHashMap<>();
  private final Map<String, Function<Schema, DatumReader<? extends IndexedRecord>>>
      readerFactories = new ConcurrentHashMap<>();
  private final Map<Class<?>, String> unreleased = new ConcurrentHashMap<>();
  private final AtomicInteger learnt = new AtomicInteger();
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
    Map<Class<?>, Long> latestReleased = new java.util.HashMap<>();
    for (Map<String, Schema> release : ReleasedSchemas.load(names)) {
      for (Class<? extends SpecificRecord> type : types) {
        Schema old = release.get(schemaOf(type).getFullName());
        if (old != null) {
          registry.registerWriterSchema(type, old);
          latestReleased.put(type, fingerprint(old));
        }
      }
    }
    for (Class<? extends SpecificRecord> type : types) {
      if (!Long.valueOf(fingerprint(schemaOf(type))).equals(latestReleased.get(type))) {
        registry.unreleased.put(type, schemaOf(type).toString());
      }
    }
    return registry;
  }

  /**
   * A consumer that knows only these schemas (say, an older release's) and reads into generic
   * records: what a service built from that release, or another language, would do.
   */
  public static EventTypeRegistry ofReaderSchemas(Iterable<Schema> readerSchemas) {
    EventTypeRegistry registry = new EventTypeRegistry();
    for (Schema reader : readerSchemas) {
      registry.readerFactories.put(
          reader.getFullName(), writer -> new GenericDatumReader<>(writer, reader));
      registry.readers.put(
          fingerprint(reader),
          new Reader(reader.getFullName(), new GenericDatumReader<>(reader, reader)));
    }
    return registry;
  }

  /**
   * The writer schema to send beside an event of {@code type}, as JSON: present only while the
   * current schema is newer than the type's latest release (a released schema is known to every
   * consumer of that release or later, so it costs nothing).
   */
  public Optional<String> writerSchemaHeader(Class<?> type) {
    return Optional.ofNullable(unreleased.get(type));
  }

  /** Registers an event type with its current schema as both writer and reader. */
  public void register(Class<? extends SpecificRecord> type) {
    Schema schema = schemaOf(type);
    SpecificData data = SpecificData.getForClass(type);
    readerFactories.put(
        schema.getFullName(), writer -> new SpecificDatumReader<>(writer, schema, data));
    registerWriterSchema(type, schema);
    byte[] header =
        ByteBuffer.allocate(HEADER_LENGTH)
            .order(ByteOrder.LITTLE_ENDIAN)
            .put(MARKER_0)
            .put(MARKER_1)
            .putLong(fingerprint(schema))
            .array();
    headers.put(type, header);
    writers.put(type, new SpecificDatumWriter<>(schema, data));
  }

  /** Lets this registry read data written with an older (or newer) schema of {@code type}. */
  public void registerWriterSchema(Class<? extends SpecificRecord> type, Schema writer) {
    String name = schemaOf(type).getFullName();
    readers.putIfAbsent(
        fingerprint(writer), new Reader(name, readerFactories.get(name).apply(writer)));
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
    return decode(data, allowed, null);
  }

  /**
   * As {@link #decode(byte[], Topic)}, and when the fingerprint is unknown, with the writer schema
   * the record's header carries ({@code null} when it has none).
   */
  public SpecificRecord decode(byte[] data, Topic allowed, String writerSchema) {
    return (SpecificRecord) decodeRecord(data, allowed, writerSchema);
  }

  /** The decoding itself; a registry of {@link #ofReaderSchemas} returns generic records. */
  public IndexedRecord decodeRecord(byte[] data, Topic allowed, String writerSchema) {
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
    Reader known = readers.get(fingerprint);
    Reader reader =
        known == null && writerSchema != null ? learn(fingerprint, writerSchema) : known;
    if (reader == null) {
      throw new EventDecodingException(
          "Unknown schema fingerprint "
              + hex(fingerprint)
              + (allowed != null ? " on topic " + allowed.topicName() : "")
              + ": not a known version of any event type");
    }
    String type = simpleName(reader.typeName());
    if (allowed != null
        && allowed.eventTypes().stream().noneMatch(t -> t.getName().equals(reader.typeName()))) {
      throw new EventDecodingException(type + " does not belong on topic " + allowed.topicName());
    }
    BinaryDecoder decoder =
        DecoderFactory.get().binaryDecoder(data, HEADER_LENGTH, data.length - HEADER_LENGTH, null);
    IndexedRecord event;
    try {
      event = reader.reader().read(null, decoder);
      if (!decoder.isEnd()) {
        throw new EventDecodingException("Corrupt " + type + ": bytes left over after the record");
      }
    } catch (EventDecodingException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new EventDecodingException(
          "Truncated or corrupt "
              + type
              + " body ("
              + (data.length - HEADER_LENGTH)
              + " bytes): "
              + e,
          e);
    }
    return event;
  }

  /**
   * The reader for a writer schema sent in a header: it must be the schema the fingerprint names
   * (or the header belongs to other bytes), and of a type this consumer reads; {@code null} when
   * the type is unknown here.
   */
  private Reader learn(long fingerprint, String writerSchema) {
    Schema writer;
    try {
      writer = new Schema.Parser().parse(writerSchema);
    } catch (RuntimeException e) {
      throw new EventDecodingException("Unreadable writer schema header: " + e.getMessage(), e);
    }
    if (fingerprint(writer) != fingerprint) {
      throw new EventDecodingException(
          "Writer schema header is "
              + hex(fingerprint(writer))
              + " but the record was written with "
              + hex(fingerprint));
    }
    var factory = readerFactories.get(writer.getFullName());
    if (factory == null) {
      return null;
    }
    Reader reader = new Reader(writer.getFullName(), factory.apply(writer));
    if (learnt.incrementAndGet() <= MAX_LEARNT) {
      readers.putIfAbsent(fingerprint, reader);
    }
    return reader;
  }

  private static String simpleName(String fullName) {
    return fullName.substring(fullName.lastIndexOf('.') + 1);
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
