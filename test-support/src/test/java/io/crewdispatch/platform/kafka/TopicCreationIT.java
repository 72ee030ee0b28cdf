package io.crewdispatch.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A service creates its own topics on a broker that has none (no probe pre-creating them, and the
 * broker does not create topics on its own): every topic it produces or consumes, ops-events, and a
 * dead-letter topic per consumed one, with the settings the platform promises.
 */
class TopicCreationIT {

  @Test
  void aServiceCreatesItsTopicsWithTheirSettings() throws Exception {
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
    broker.brokerProperties(Map.of("auto.create.topics.enable", "false"));
    broker.afterPropertiesSet();
    try (ConfigurableApplicationContext service = start(broker.getBrokersAsString());
        Admin admin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
      Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
      assertThat(names)
          .contains(
              "dispatch-events",
              "charter-events",
              "roster-members",
              "ops-events",
              "charter-events-dlt",
              "roster-members-dlt")
          .doesNotContain("dispatch-events-dlt");

      Map<String, TopicDescription> described =
          admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
      for (Topic consumed : List.of(Topic.CHARTER_EVENTS, Topic.ROSTER_MEMBERS)) {
        int source = described.get(consumed.topicName()).partitions().size();
        assertThat(source).isEqualTo(4);
        assertThat(described.get(consumed.deadLetterTopicName()).partitions())
            .as("a dead letter keeps its partition, so its DLT has at least as many")
            .hasSizeGreaterThanOrEqualTo(source);
      }

      Config roster = config(admin, "roster-members");
      assertThat(roster.get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
          .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
      assertThat(config(admin, "charter-events").get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
          .isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);
      assertThat(config(admin, "ops-events").get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value())
          .as("crewdispatch.platform.kafka.min-insync-replicas reaches every topic")
          .isEqualTo("1");
      assertThat(config(admin, "ops-events").get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).source())
          .isEqualTo(org.apache.kafka.clients.admin.ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
    } finally {
      broker.destroy();
    }
  }

  private static Config config(Admin admin, String topic) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    return admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
  }

  private static ConfigurableApplicationContext start(String bootstrapServers) {
    return new SpringApplicationBuilder(App.class)
        .web(WebApplicationType.NONE)
        .properties(
            "spring.application.name=topics-test",
            "spring.kafka.bootstrap-servers=" + bootstrapServers,
            "crewdispatch.platform.dynamodb.endpoint=" + Infrastructure.dynamoDbEndpoint(),
            "crewdispatch.platform.dynamodb.create-tables=false",
            "crewdispatch.platform.kafka.partitions=4",
            "crewdispatch.platform.kafka.replication-factor=1",
            "crewdispatch.platform.kafka.min-insync-replicas=1")
        .run();
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {

    @Bean
    ServiceTopics serviceTopics() {
      return new ServiceTopics(
          List.of(Topic.DISPATCH_EVENTS), List.of(Topic.CHARTER_EVENTS, Topic.ROSTER_MEMBERS));
    }
  }
}
