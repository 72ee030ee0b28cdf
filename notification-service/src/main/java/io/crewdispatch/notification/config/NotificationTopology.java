package io.crewdispatch.notification.config;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.dynamodb.TableDefinition;
import io.crewdispatch.platform.kafka.ServiceTopics;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The topics notification-service produces and consumes, and the tables it owns (created at
 * start-up if missing).
 */
@Configuration(proxyBeanMethods = false)
class NotificationTopology {

  @Bean
  ServiceTopics serviceTopics() {
    return new ServiceTopics(
        List.of(Topic.NOTIFICATION_EVENTS),
        List.of(
            Topic.AUTH_LINKS,
            Topic.AUTH_EVENTS,
            Topic.DISPATCH_EVENTS,
            Topic.STATEMENT_EVENTS,
            Topic.OPS_EVENTS));
  }

  @Bean
  TableDefinition notificationLogTable() {
    // One item per delivered event; DynamoDB forgets it after
    // crewdispatch.notification.log-retention.
    return TableDefinition.of("notification-log", "eventId", ScalarAttributeType.S)
        .withTtl("expiresAt");
  }

  @Bean
  TableDefinition notificationScheduleTable() {
    // Texts and reminders to send later; a sparse index on (queue, dueAt) finds what is due.
    return TableDefinition.of("notification-schedule", "id", ScalarAttributeType.S)
        .withGlobalIndex(
            "due-index",
            new TableDefinition.Key("queue", ScalarAttributeType.S),
            new TableDefinition.Key("dueAt", ScalarAttributeType.N))
        .withTtl("expiresAt");
  }
}
