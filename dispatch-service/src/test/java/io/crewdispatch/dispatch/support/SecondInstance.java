package io.crewdispatch.dispatch.support;

import io.crewdispatch.dispatch.DispatchApplication;
import io.crewdispatch.testsupport.Infrastructure;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Another dispatch-service instance in this JVM: the production application with the test profile,
 * the shared broker and tables, the same consumer group and the shared test clock.
 */
public final class SecondInstance implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private SecondInstance(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static SecondInstance start() {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(DispatchApplication.class)
            .profiles("it")
            .initializers(c -> c.getBeanFactory().registerSingleton("clock", TestClock.INSTANCE))
            .run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + Infrastructure.kafkaBootstrapServers(),
                "--crewdispatch.platform.dynamodb.endpoint=" + Infrastructure.dynamoDbEndpoint(),
                "--crewdispatch.platform.dynamodb.table-prefix=test-",
                "--crewdispatch.platform.kafka.retry.initial-interval=50ms",
                "--crewdispatch.platform.kafka.retry.max-interval=200ms");
    SecondInstance instance = new SecondInstance(context);
    instance.awaitPartitions(context.getBean(KafkaListenerEndpointRegistry.class));
    return instance;
  }

  /** Waits until the instance's consumers hold partitions, so events reach it. */
  public static void awaitPartitions(KafkaListenerEndpointRegistry listeners) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                listeners.getListenerContainers().stream()
                    .allMatch(
                        c ->
                            c.getAssignedPartitions() != null
                                && !c.getAssignedPartitions().isEmpty()));
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
