package io.crewdispatch.events.serde;

import io.crewdispatch.events.topic.Topic;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes any catalogued event as Avro single-object encoding, refusing types foreign to the topic.
 * An event whose schema is newer than its latest release also carries that schema in a header
 * ({@link WriterSchemaHeader}), so that consumers of older releases can still read it.
 */
public class AvroEventSerializer implements Serializer<SpecificRecord> {

  private final EventTypeRegistry registry;

  public AvroEventSerializer() {
    this(EventTypeRegistry.standard());
  }

  public AvroEventSerializer(EventTypeRegistry registry) {
    this.registry = registry;
  }

  @Override
  public byte[] serialize(String topic, SpecificRecord event) {
    if (event == null) {
      return null;
    }
    Topic.forName(topic)
        .filter(t -> !t.carries(event.getClass()))
        .ifPresent(
            t -> {
              throw new SerializationException(
                  event.getClass().getSimpleName() + " does not belong on topic " + topic);
            });
    return registry.encode(event);
  }

  @Override
  public byte[] serialize(String topic, Headers headers, SpecificRecord event) {
    byte[] bytes = serialize(topic, event);
    if (event != null) {
      registry
          .writerSchemaHeader(event.getClass())
          .ifPresent(schema -> WriterSchemaHeader.put(headers, schema));
    }
    return bytes;
  }
}
