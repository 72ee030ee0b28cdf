package io.crewdispatch.platform.dynamodb;

import io.crewdispatch.platform.config.PlatformProperties;
import io.crewdispatch.platform.ops.IntegrationAnswers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The DynamoDB client (AWS with the default credential chain, or DynamoDB Local when an endpoint is
 * set), table names with the environment's prefix, and creation of the service's tables before any
 * listener starts.
 */
@AutoConfiguration
public class DynamoDbPlatformConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  DynamoDbClient dynamoDbClient(
      PlatformProperties properties,
      Environment environment,
      ObjectProvider<IntegrationAnswers> answers) {
    PlatformProperties.DynamoDb config = properties.dynamodb();
    DynamoDbClientBuilder builder = DynamoDbClient.builder().region(Region.of(config.region()));
    List<ExecutionInterceptor> interceptors = new ArrayList<>();
    // Each call that succeeds tells the integration watch that DynamoDB answers (no probe then).
    answers.ifAvailable(found -> interceptors.add(new DynamoDbAnswers(found)));
    if (config.operationLogDir() != null) {
      String service = environment.getProperty("spring.application.name", "service");
      interceptors.add(
          new DynamoDbOperationLog(
              config.operationLogDir().resolve(service + ".txt"),
              config.tablePrefix(),
              config.operationLogEveryCall()));
    }
    if (!interceptors.isEmpty()) {
      builder.overrideConfiguration(c -> c.executionInterceptors(interceptors));
    }
    if (config.endpoint() != null) {
      // DynamoDB Local accepts any credentials; none should be needed to run locally.
      builder
          .endpointOverride(config.endpoint())
          .credentialsProvider(
              StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
    } else {
      builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
    }
    return builder.build();
  }

  @Bean
  @ConditionalOnMissingBean
  DynamoDbEnhancedClient dynamoDbEnhancedClient(DynamoDbClient client) {
    return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
  }

  @Bean
  @ConditionalOnMissingBean
  TableNames tableNames(PlatformProperties properties) {
    return new TableNames(properties.dynamodb().tablePrefix());
  }

  @Bean
  TableInitializer tableInitializer(DynamoDbClient client, TableNames names) {
    return new TableInitializer(client, names);
  }

  /** Runs after all singletons exist and before any listener container starts. */
  @Bean
  SmartInitializingSingleton createServiceTables(
      TableInitializer initializer,
      ObjectProvider<TableDefinition> tables,
      PlatformProperties properties) {
    return () -> {
      List<TableDefinition> owned = tables.orderedStream().toList();
      if (properties.dynamodb().createTables()) {
        initializer.createMissing(owned);
      } else {
        initializer.checkExisting(owned);
      }
    };
  }

  @Bean
  DynamoDbHealthIndicator dynamoDbHealthIndicator(
      DynamoDbClient client, TableNames names, ObjectProvider<TableDefinition> tables) {
    List<TableDefinition> owned = tables.orderedStream().toList();
    return new DynamoDbHealthIndicator(client, names, owned);
  }
}
