package io.crewdispatch.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * One daemon thread for the Kafka clients' periodic chores in a service: each listener container's
 * check that its consumer still polls (every 30 s) and each client's metrics refresh (every
 * minute). Left to themselves, spring-kafka starts a scheduler thread for every consumer and
 * Micrometer another for every client: 18 threads that wake twice a minute in dispatch-service,
 * each holding its stack (platform README, issue 21). Not a {@link TaskScheduler} bean, so a
 * service's {@code @Scheduled} work keeps its own scheduler.
 */
public final class KafkaHousekeeping implements DisposableBean {

  static final String THREAD_NAME_PREFIX = "kafka-housekeeping-";

  private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

  KafkaHousekeeping() {
    scheduler.setPoolSize(1);
    scheduler.setThreadNamePrefix(THREAD_NAME_PREFIX);
    scheduler.setDaemon(true);
    scheduler.initialize();
  }

  /** The one scheduler; containers and metrics given it leave it running when they stop. */
  public TaskScheduler scheduler() {
    return scheduler;
  }

  @Override
  public void destroy() {
    scheduler.destroy();
  }

  /**
   * Hands the scheduler to each listener container factory (its containers copy it) and to the
   * Kafka client metrics that Spring Boot attaches to each client factory.
   */
  static final class OnClients implements BeanPostProcessor {

    private final ObjectProvider<KafkaHousekeeping> housekeeping;
    private final ObjectProvider<MeterRegistry> meters;

    OnClients(
        ObjectProvider<KafkaHousekeeping> housekeeping, ObjectProvider<MeterRegistry> meters) {
      this.housekeeping = housekeeping;
      this.meters = meters;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      if (bean instanceof AbstractKafkaListenerContainerFactory<?, ?, ?> factory
          && factory.getContainerProperties().getScheduler() == null) {
        factory.getContainerProperties().setScheduler(housekeeping.getObject().scheduler());
      } else if (bean instanceof DefaultKafkaConsumerFactory<?, ?> factory) {
        shareMetricsScheduler(factory);
      } else if (bean instanceof DefaultKafkaProducerFactory<?, ?> factory) {
        shareMetricsScheduler(factory);
      }
      return bean;
    }

    private <K, V> void shareMetricsScheduler(DefaultKafkaConsumerFactory<K, V> factory) {
      List<ConsumerFactory.Listener<K, V>> own =
          factory.getListeners().stream()
              .filter(listener -> listener.getClass() == MicrometerConsumerListener.class)
              .toList();
      for (ConsumerFactory.Listener<K, V> listener : own) {
        factory.removeListener(listener);
        factory.addListener(
            new MicrometerConsumerListener<>(
                meters.getObject(), housekeeping.getObject().scheduler()));
      }
    }

    private <K, V> void shareMetricsScheduler(DefaultKafkaProducerFactory<K, V> factory) {
      List<ProducerFactory.Listener<K, V>> own =
          factory.getListeners().stream()
              .filter(listener -> listener.getClass() == MicrometerProducerListener.class)
              .toList();
      for (ProducerFactory.Listener<K, V> listener : own) {
        factory.removeListener(listener);
        factory.addListener(
            new MicrometerProducerListener<>(
                meters.getObject(), housekeeping.getObject().scheduler()));
      }
    }
  }
}
