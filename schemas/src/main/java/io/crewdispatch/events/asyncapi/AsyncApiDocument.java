package io.crewdispatch.events.asyncapi;

import io.crewdispatch.events.topic.Topic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/**
 * The AsyncAPI 3.0 document of every topic in the catalogue ({@link Topic}): one channel per topic
 * with its key and messages, one message per event type whose payload is the event's {@code .avsc}
 * by reference, and a send or receive operation per producing and consuming service ({@link
 * TopicParties}). The build writes it to {@code schemas/target/asyncapi.yaml}.
 */
public final class AsyncApiDocument {

  static final String AVRO_FORMAT = "application/vnd.apache.avro+json;version=1.9.0";
  static final String KAFKA_BINDING = "0.5.0";

  private final String schemaDirectory;
  private final String version;

  /**
   * @param schemaDirectory where the {@code .avsc} files are, relative to the document
   * @param version the version of the contract (the build's)
   */
  public AsyncApiDocument(String schemaDirectory, String version) {
    this.schemaDirectory = schemaDirectory.endsWith("/") ? schemaDirectory : schemaDirectory + "/";
    this.version = version;
  }

  /** {@code <output file> <schema directory relative to it> <version>} */
  public static void main(String[] args) throws IOException {
    Path output = Path.of(args[0]);
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(
        output, new AsyncApiDocument(args[1], args[2]).yaml(), StandardCharsets.UTF_8);
    System.out.println("AsyncAPI document written to " + output);
  }

  public String yaml() {
    return Yaml.write(tree());
  }

  Map<String, Object> tree() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("asyncapi", "3.0.0");
    document.put(
        "info",
        map(
            "title",
            "Crew Dispatch events",
            "version",
            version,
            "description",
            "Every Kafka topic of Crew Dispatch. Records are Avro single-object encoded (a"
                + " 2-byte marker, the writer schema's 8-byte fingerprint, the binary body),"
                + " so one topic carries several event types; decode them with the .avsc files"
                + " referenced below. Each consumed topic also has a dead-letter topic"
                + " <topic>-dlt holding the original bytes, the reason in the"
                + " crewdispatch-dlt-reason header."));
    document.put("defaultContentType", "application/octet-stream");
    Map<String, Object> channels = new LinkedHashMap<>();
    Map<String, Object> operations = new LinkedHashMap<>();
    Map<String, Object> messages = new LinkedHashMap<>();
    for (Topic topic : Topic.values()) {
      channels.put(topic.topicName(), channel(topic));
      TopicParties.Parties parties = TopicParties.of(topic);
      for (String producer : parties.producers()) {
        operations.put(producer + ".sends." + topic.topicName(), operation("send", topic));
      }
      for (String consumer : parties.consumers()) {
        operations.put(consumer + ".receives." + topic.topicName(), operation("receive", topic));
      }
      for (Class<? extends SpecificRecord> type : topic.eventTypes()) {
        messages.put(type.getSimpleName(), message(type, topic));
      }
    }
    document.put("channels", channels);
    document.put("operations", operations);
    document.put("components", map("messages", messages));
    return document;
  }

  private Map<String, Object> channel(Topic topic) {
    TopicParties.Parties parties = TopicParties.of(topic);
    Map<String, Object> messages = new LinkedHashMap<>();
    for (Class<? extends SpecificRecord> type : topic.eventTypes()) {
      messages.put(type.getSimpleName(), ref("#/components/messages/" + type.getSimpleName()));
    }
    Map<String, Object> channel = new LinkedHashMap<>();
    channel.put("address", topic.topicName());
    channel.put(
        "description",
        "Key: "
            + topic.key()
            + ". Produced by "
            + String.join(", ", parties.producers())
            + "; consumed by "
            + String.join(", ", parties.consumers())
            + "."
            + (topic.compacted() ? " Compacted: the latest record per key is kept." : ""));
    channel.put("messages", messages);
    Map<String, Object> kafka = new LinkedHashMap<>();
    kafka.put("topic", topic.topicName());
    if (topic.compacted()) {
      kafka.put("topicConfiguration", map("cleanup.policy", List.of("compact")));
    }
    kafka.put("bindingVersion", KAFKA_BINDING);
    channel.put("bindings", map("kafka", kafka));
    return channel;
  }

  private Map<String, Object> operation(String action, Topic topic) {
    List<Object> messages = new ArrayList<>();
    for (Class<? extends SpecificRecord> type : topic.eventTypes()) {
      messages.add(ref("#/channels/" + topic.topicName() + "/messages/" + type.getSimpleName()));
    }
    return map(
        "action", action, "channel", ref("#/channels/" + topic.topicName()), "messages", messages);
  }

  private Map<String, Object> message(Class<? extends SpecificRecord> type, Topic topic) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("name", type.getSimpleName());
    message.put("title", type.getSimpleName() + " on " + topic.topicName());
    message.put("contentType", "application/octet-stream");
    message.put(
        "payload",
        map(
            "schemaFormat",
            AVRO_FORMAT,
            "schema",
            ref(schemaDirectory + type.getSimpleName() + ".avsc")));
    message.put(
        "bindings",
        map(
            "kafka",
            map(
                "key",
                map("type", "string", "description", topic.key()),
                "bindingVersion",
                KAFKA_BINDING)));
    return message;
  }

  private static Map<String, Object> ref(String target) {
    return map("$ref", target);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
