package io.crewdispatch.testsupport;

import java.util.List;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Wires {@link Infrastructure} into every test context whose class carries {@link
 * WithInfrastructure}, and points the resource server at {@link TestTokens}' issuer.
 */
class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

  /**
   * Tables of tests carry this prefix, so a look at DynamoDB Local tells them from anything else.
   */
  static final String TABLE_PREFIX = "test-";

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    if (!MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
        .isPresent(WithInfrastructure.class)) {
      return null;
    }
    return new InfrastructureCustomizer();
  }

  /** Equal to every other instance, so contexts that differ only by test class are shared. */
  private static final class InfrastructureCustomizer implements ContextCustomizer {

    @Override
    public void customizeContext(
        org.springframework.context.ConfigurableApplicationContext context,
        org.springframework.test.context.MergedContextConfiguration mergedConfig) {
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "crewDispatchTestInfrastructure",
                  java.util.Map.of(
                      "spring.kafka.bootstrap-servers",
                      Infrastructure.kafkaBootstrapServers(),
                      "crewdispatch.platform.dynamodb.endpoint",
                      Infrastructure.dynamoDbEndpoint().toString(),
                      "crewdispatch.platform.dynamodb.table-prefix",
                      TABLE_PREFIX,
                      "crewdispatch.platform.kafka.retry.initial-interval",
                      "50ms",
                      "crewdispatch.platform.kafka.retry.max-interval",
                      "200ms",
                      // Production's 5 s saves idle CPU; here consumers join and leave groups
                      // all the time, and after each rebalance a pending fetch may hold new
                      // partitions back for that long (the module suites took ~100 s longer).
                      "spring.kafka.consumer.fetch-max-wait",
                      "500ms",
                      // and each record is answered at once (the side consumers' 64 KB batching
                      // would make every test step wait the fetch out)
                      "spring.kafka.consumer.fetch-min-size",
                      "1B",
                      // the same for the listeners that batch on their own (platform SideConsumer)
                      "crewdispatch.platform.kafka.side-consumers.fetch-min-bytes",
                      "1",
                      "crewdispatch.platform.kafka.side-consumers.fetch-max-wait-ms",
                      "500",
                      "crewdispatch.security.issuer-uri",
                      TestTokens.issuer())));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof InfrastructureCustomizer;
    }

    @Override
    public int hashCode() {
      return InfrastructureCustomizer.class.hashCode();
    }
  }
}
