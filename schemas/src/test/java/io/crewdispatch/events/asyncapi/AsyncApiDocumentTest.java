package io.crewdispatch.events.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.crewdispatch.events.topic.Topic;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The AsyncAPI document the build writes to target/: valid AsyncAPI 3.0, and true to the code. */
class AsyncApiDocumentTest {

  static final Path BUILT = Path.of("target", "asyncapi.yaml");
  static final YAMLMapper YAML = YAMLMapper.builder().build();

  final String generated = new AsyncApiDocument("../src/main/avro/", "test").yaml();
  final JsonNode document = YAML.readTree(generated);

  @Test
  void isAValidAsyncApi3Document() throws Exception {
    assertThat(validate(document)).isEmpty();
  }

  @Test
  void theValidatorRefusesADocumentThatIsNot() throws Exception {
    // the check itself can fail: an operation without its action is not AsyncAPI 3.0
    JsonNode broken = YAML.readTree(generated);
    ((ObjectNode) broken.get("operations").get("dispatch-service.sends.dispatch-events"))
        .remove("action");

    assertThat(validate(broken)).isNotEmpty();
  }

  @Test
  void theBuildWroteTheDocumentOfTheCurrentCatalogue() throws Exception {
    JsonNode built = YAML.readTree(Files.readString(BUILT, StandardCharsets.UTF_8));

    assertThat(built.get("channels")).isEqualTo(document.get("channels"));
    assertThat(built.get("operations")).isEqualTo(document.get("operations"));
    assertThat(built.get("components")).isEqualTo(document.get("components"));
  }

  @Test
  void everyTopicIsAChannelWithItsKeyAndEveryEventTypeAMessageReferencingItsSchemaFile()
      throws Exception {
    for (Topic topic : Topic.values()) {
      JsonNode channel = document.get("channels").get(topic.topicName());
      assertThat(channel).as(topic.topicName()).isNotNull();
      assertThat(channel.get("address").asString()).isEqualTo(topic.topicName());
      assertThat(channel.get("description").asString()).startsWith("Key: " + topic.key() + ".");
      assertThat(names(channel.get("messages")))
          .containsExactlyElementsOf(
              topic.eventTypes().stream().map(Class::getSimpleName).toList());
      for (Class<? extends SpecificRecord> type : topic.eventTypes()) {
        JsonNode payload =
            document.get("components").get("messages").get(type.getSimpleName()).get("payload");
        assertThat(payload.get("schemaFormat").asString())
            .isEqualTo("application/vnd.apache.avro+json;version=1.9.0");
        Path schemaFile = BUILT.getParent().resolve(payload.get("schema").get("$ref").asString());
        // the referenced file is the schema the generated class was made from
        JsonNode avsc = YAML.readTree(Files.readString(schemaFile, StandardCharsets.UTF_8));
        assertThat(avsc.get("namespace").asString() + "." + avsc.get("name").asString())
            .isEqualTo(SpecificData.getForClass(type).getSchema(type).getFullName());
      }
    }
  }

  @Test
  void eachTopicNamesWhoSendsAndWhoReceivesIt() {
    JsonNode operations = document.get("operations");
    assertThat(operations.get("dispatch-service.sends.dispatch-events").get("action").asString())
        .isEqualTo("send");
    assertThat(operations.get("notification-service.receives.auth-links")).isNotNull();
    // auth-links holds live links: nobody but notification-service reads it
    for (Map.Entry<String, JsonNode> operation : operations.properties()) {
      if (operation.getKey().endsWith(".receives.auth-links")) {
        assertThat(operation.getKey()).startsWith("notification-service.");
      }
    }
    for (Topic topic : Topic.values()) {
      assertThat(operations.propertyNames())
          .as(topic.topicName())
          .anyMatch(name -> name.endsWith(".sends." + topic.topicName()))
          .anyMatch(name -> name.endsWith(".receives." + topic.topicName()));
    }
  }

  private static List<String> validate(JsonNode node) throws Exception {
    try (InputStream schema =
        AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
      Schema asyncApi =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
              .getSchema(schema, InputFormat.JSON);
      return asyncApi.validate(node).stream().map(Error::toString).toList();
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.propertyNames().forEach(names::add);
    return names;
  }
}
