package io.crewdispatch.dispatch.config;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.dynamodb.TableDefinition;
import io.crewdispatch.platform.dynamodb.TableDefinition.Key;
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

  private static final ScalarAttributeType S = ScalarAttributeType.S;

  @Bean
  ServiceTopics serviceTopics() {
    return new ServiceTopics(
        List.of(Topic.DISPATCH_EVENTS, Topic.CHARTER_EVENTS),
        List.of(
            Topic.CHARTER_EVENTS,
            Topic.ROSTER_MEMBERS,
            Topic.AUTH_EVENTS,
            Topic.NOTIFICATION_EVENTS,
            Topic.OPS_EVENTS));
  }

  @Bean
  TableDefinition crewDispatchTable() {
    return TableDefinition.of(DispatchTables.CHARTERS, "charterId", S)
        .withGlobalIndex(
            DispatchTables.CHARTER_DATE_INDEX, new Key("charter_month", S), new Key("sail_date", S))
        .withGlobalIndex(
            DispatchTables.TIMER_DUE_INDEX,
            new Key("timer_shard", S),
            new Key("timer_due", ScalarAttributeType.N))
        .withGlobalIndex(
            DispatchTables.STALLED_INDEX, new Key("stalled_month", S), new Key("sail_date", S));
  }

  @Bean
  TableDefinition charterChatsTable() {
    return TableDefinition.of(DispatchTables.TIMELINE, "charterId", S)
        .withSortKey("timeEventId", S);
  }

  @Bean
  TableDefinition rosterTable() {
    return TableDefinition.of(DispatchTables.ROSTER, "crewId", S);
  }

  @Bean
  TableDefinition holdsTable() {
    return TableDefinition.of(DispatchTables.HOLDS, "crewId", S).withSortKey("sailDate", S);
  }

  @Bean
  TableDefinition bookingsTable() {
    return TableDefinition.of(DispatchTables.BOOKINGS, "charterId", S).withSortKey("entry", S);
  }
}
