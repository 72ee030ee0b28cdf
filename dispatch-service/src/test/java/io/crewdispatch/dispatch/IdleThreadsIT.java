package io.crewdispatch.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.platform.kafka.KafkaHousekeeping;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * An idle service holds few threads (each keeps its stack resident; issue 21's 200 MB): the Kafka
 * clients' chores share one thread, and Tomcat keeps two request threads waiting, not ten.
 */
@DispatchIntegrationTest
class IdleThreadsIT {

  @Autowired KafkaListenerEndpointRegistry listeners;
  @Autowired KafkaHousekeeping housekeeping;
  @Autowired MeterRegistry meters;
  @Autowired WebServerApplicationContext web;
  @Autowired ConsumerFactory<?, ?> consumerFactory;
  @Autowired ProducerFactory<?, ?> producerFactory;

  @Test
  void everyConsumersPollCheckRunsOnTheOneHousekeepingThread() {
    List<MessageListenerContainer> consumers =
        listeners.getListenerContainers().stream()
            .flatMap(c -> ((ConcurrentMessageListenerContainer<?, ?>) c).getContainers().stream())
            .map(MessageListenerContainer.class::cast)
            .toList();
    assertThat(consumers).hasSizeGreaterThanOrEqualTo(5);
    assertThat(consumers)
        .allSatisfy(
            c ->
                assertThat(c.getContainerProperties().getScheduler())
                    .isSameAs(housekeeping.scheduler()));
    // spring-kafka's own per-consumer scheduler, and Micrometer's per-client one
    assertThat(threadNames())
        .noneMatch(name -> name.startsWith("ThreadPoolTaskScheduler-"))
        .noneMatch(name -> name.equals("micrometer-kafka-metrics"))
        .anyMatch(name -> name.startsWith("kafka-housekeeping-"));
  }

  @Test
  void theKafkaClientsMetricsRefreshOnTheHousekeepingThreadAndAreStillPublished() {
    ScheduledExecutorService shared =
        ((ThreadPoolTaskScheduler) housekeeping.scheduler()).getScheduledExecutor();
    // one metrics listener each, handed the shared scheduler in place of Spring Boot's own
    assertThat(((DefaultKafkaConsumerFactory<?, ?>) consumerFactory).getListeners())
        .singleElement()
        .isExactlyInstanceOf(MicrometerConsumerListener.class)
        .satisfies(l -> assertThat(ReflectionTestUtils.getField(l, "scheduler")).isSameAs(shared));
    assertThat(((DefaultKafkaProducerFactory<?, ?>) producerFactory).getListeners())
        .singleElement()
        .isExactlyInstanceOf(MicrometerProducerListener.class)
        .satisfies(l -> assertThat(ReflectionTestUtils.getField(l, "scheduler")).isSameAs(shared));
    assertThat(meters.find("kafka.consumer.fetch.manager.fetch.total").meters()).isNotEmpty();
  }

  @Test
  void tomcatKeepsTwoRequestThreadsWaiting() {
    Connector connector = ((TomcatWebServer) web.getWebServer()).getTomcat().getConnector();
    ThreadPoolExecutor pool = (ThreadPoolExecutor) connector.getProtocolHandler().getExecutor();
    assertThat(pool.getCorePoolSize()).isEqualTo(2);
  }

  private static List<String> threadNames() {
    return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).toList();
  }
}
