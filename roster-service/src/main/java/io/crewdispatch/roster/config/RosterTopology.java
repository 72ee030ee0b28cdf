package io.crewdispatch.roster.config;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.dynamodb.TableDefinition;
import io.crewdispatch.platform.kafka.ServiceTopics;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The topics roster-service produces and consumes, and the tables it owns (created at start-up if
 * missing). charter-events is consumed for CharterCancelled, which marks an Assignments row
 * cancelled; roster-assignments remembers each charter's row so redelivered events change nothing.
 */
@Configuration(proxyBeanMethods = false)
class RosterTopology {

  @Bean
  ServiceTopics serviceTopics() {
    return new ServiceTopics(
        List.of(Topic.ROSTER_MEMBERS),
        List.of(Topic.DISPATCH_EVENTS, Topic.CHARTER_EVENTS, Topic.PORTAL_EVENTS));
  }

  @Bean
  TableDefinition crewRosterTable() {
    return TableDefinition.of("crew-roster", "crewId", ScalarAttributeType.S);
  }

  @Bean
  TableDefinition rosterAssignmentsTable() {
    return TableDefinition.of("roster-assignments", "charterId", ScalarAttributeType.S);
  }
}
