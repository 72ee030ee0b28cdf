package io.crewdispatch.dispatch.config;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.dynamodb.TableDefinition;
import io.crewdispatch.platform.kafka.ServiceTopics;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The topics dispatch-service produces and consumes, and the tables it owns (created at start-up if
 * missing).
 */
@Configuration(proxyBeanMethods = false)
class DispatchTopology {

  @Bean
  ServiceTopics serviceTopics() {
    return new ServiceTopics(
        List.of(Topic.DISPATCH_EVENTS, Topic.CHARTER_EVENTS),
        List.of(
            Topic.CHARTER_EVENTS,
            Topic.ROSTER_MEMBERS,
            Topic.AUTH_EVENTS,
            Topic.NOTIFICATION_EVENTS));
  }

  @Bean
  TableDefinition crewDispatchTable() {
    return TableDefinition.of("crew-dispatch", "charterId", ScalarAttributeType.S)
        .withGlobalIndex(
            "charter-date-index",
            new TableDefinition.Key("charter_month", ScalarAttributeType.S),
            new TableDefinition.Key("sail_date", ScalarAttributeType.S));
  }

  @Bean
  TableDefinition charterChatsTable() {
    return TableDefinition.of("charter-chats", "charterId", ScalarAttributeType.S)
        .withSortKey("timeEventId", ScalarAttributeType.S);
  }
}
