package io.crewdispatch.console.config;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.dynamodb.TableDefinition;
import io.crewdispatch.platform.kafka.ServiceTopics;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The console consumes every topic but auth-links (live links are not its business). */
@Configuration(proxyBeanMethods = false)
class ConsoleTopology {

  @Bean
  ServiceTopics serviceTopics() {
    return new ServiceTopics(
        List.of(), Arrays.stream(Topic.values()).filter(t -> t != Topic.AUTH_LINKS).toList());
  }

  /**
   * Each charter is one item (its facts and the view folded from them); the roster, the system and
   * the statements have one partition each. The sailing index holds only charters with a sail date.
   */
  @Bean
  TableDefinition consoleBoardTableDefinition() {
    return TableDefinition.of("console-board", "pk", ScalarAttributeType.S)
        .withSortKey("sk", ScalarAttributeType.S)
        .withGlobalIndex(
            "sailing-index",
            new TableDefinition.Key("sailMonth", ScalarAttributeType.S),
            new TableDefinition.Key("sailKey", ScalarAttributeType.S));
  }
}
