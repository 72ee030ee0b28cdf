package io.crewdispatch.reporting.config;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.dynamodb.TableDefinition;
import io.crewdispatch.platform.kafka.ServiceTopics;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The topics reporting-service produces and consumes, and the tables it owns (created at start-up
 * if missing).
 */
@Configuration(proxyBeanMethods = false)
class ReportingTopology {

  @Bean
  ServiceTopics serviceTopics() {
    return new ServiceTopics(
        List.of(Topic.STATEMENT_EVENTS),
        List.of(Topic.CHARTER_EVENTS, Topic.DISPATCH_EVENTS, Topic.ROSTER_MEMBERS));
  }

  /**
   * One item per charter. The month index holds only booked charters and sorts them by sail date
   * and departure ({@code sail_key}), so a month streams out in statement order.
   */
  @Bean
  TableDefinition charterLedgerTableDefinition() {
    return TableDefinition.of("charter-ledger", "charterId", ScalarAttributeType.S)
        .withGlobalIndex(
            "charter-month-index",
            new TableDefinition.Key("charter_month", ScalarAttributeType.S),
            new TableDefinition.Key("sail_key", ScalarAttributeType.S));
  }

  /** Each member's pay rate changes, in time order (sort key: effective-from millis # event id). */
  @Bean
  TableDefinition crewPayRatesTableDefinition() {
    return TableDefinition.of("crew-pay-rates", "crewId", ScalarAttributeType.S)
        .withSortKey("effectiveFrom", ScalarAttributeType.S);
  }

  /** Per month: the scheduled run's claim and the manifest of the latest build. */
  @Bean
  TableDefinition statementRunsTableDefinition() {
    return TableDefinition.of("statement-runs", "month", ScalarAttributeType.S)
        .withSortKey("record", ScalarAttributeType.S);
  }
}
