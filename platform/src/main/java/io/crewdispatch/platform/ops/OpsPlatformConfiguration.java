package io.crewdispatch.platform.ops;

import io.crewdispatch.events.Integration;
import io.crewdispatch.platform.config.PlatformProperties;
import io.crewdispatch.platform.dynamodb.DynamoDbPlatformConfiguration;
import io.crewdispatch.platform.kafka.KafkaPlatformConfiguration;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Integration states for every service: one {@link IntegrationStates} that services report their
 * own integrations to (Gmail, SMTP, Sheets, Drive), and a watch on the platform's Kafka and
 * DynamoDB health checks.
 */
@AutoConfiguration(after = {KafkaPlatformConfiguration.class, DynamoDbPlatformConfiguration.class})
public class OpsPlatformConfiguration {

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(OpsEvents.class)
  IntegrationStates integrationStates(OpsEvents ops, Clock clock, PlatformProperties properties) {
    return new IntegrationStates(ops, clock, properties.ops().outageThreshold());
  }

  @Bean
  @ConditionalOnMissingBean
  IntegrationAnswers integrationAnswers() {
    return new IntegrationAnswers();
  }

  @Bean
  @ConditionalOnBean(IntegrationStates.class)
  IntegrationWatch integrationWatch(
      IntegrationStates states,
      IntegrationAnswers answers,
      @Qualifier("kafkaHealthIndicator") HealthIndicator kafka,
      @Qualifier("dynamoDbHealthIndicator") HealthIndicator dynamoDb,
      PlatformProperties properties) {
    Map<Integration, HealthIndicator> checks = new LinkedHashMap<>();
    checks.put(Integration.KAFKA, kafka);
    checks.put(Integration.DYNAMODB, dynamoDb);
    return new IntegrationWatch(states, answers, checks, properties.ops().checkInterval());
  }
}
