package io.crewdispatch.events.serde;

import io.crewdispatch.events.topic.Topic;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads any event type the topic carries, resolving older writer schemas to the current classes.
 * Wrap it in spring-kafka's ErrorHandlingDeserializer so undecodable records reach the DLT.
 */
public class AvroEventDeserializer implements Deserializer<SpecificRecord> {

  private final EventTypeRegistry registry;

  public AvroEventDeserializer() {
    this(EventTypeRegistry.standard());
  }

  public AvroEventDeserializer(EventTypeRegistry registry) {
    this.registry = registry;
  }

  @Override
  public SpecificRecord deserialize(String topic, byte[] data) {
    if (data == null) {
      return null; // a tombstone on a compacted topic
    }
    return registry.decode(data, Topic.forName(topic).orElse(null));
  }

  /** As above, and an unknown fingerprint is resolved with the writer schema the header carries. */
  @Override
  public SpecificRecord deserialize(String topic, Headers headers, byte[] data) {
    if (data == null) {
      return null;
    }
    return registry.decode(
        data, Topic.forName(topic).orElse(null), WriterSchemaHeader.get(headers));
  }
}
