package io.crewdispatch.notification.events;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.DeliveryDeferredException;
import io.crewdispatch.notification.delivery.application.UndeliverableNoticeException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Teaches the platform's error handler about delivery: an undeliverable notice goes to the
 * dead-letter topic at once; a deferred one (mail cannot go out now) is retried every {@code
 * retry-interval} for as long as it takes, holding its place, instead of being dead-lettered after
 * the platform's few retries. Everything else keeps the platform's policy.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryErrorPolicy {

  @Bean
  SmartInitializingSingleton deliveryErrorClassification(
      DefaultErrorHandler errorHandler,
      NotificationProperties properties,
      KafkaProperties kafkaProperties) {
    requirePollIntervalAboveLease(properties, kafkaProperties);
    BackOff deferred =
        new FixedBackOff(properties.retryInterval().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS);
    return () -> {
      errorHandler.addNotRetryableExceptions(UndeliverableNoticeException.class);
      errorHandler.setBackOffFunction((record, e) -> isDeferred(e) ? deferred : null);
    };
  }

  /**
   * A listener thread may be inside a send for up to a lease (the heartbeat renews it while the
   * send runs, then the record write is retried for one more); if Kafka took that long for a dead
   * consumer, the partition's next owner would redeliver the event meanwhile.
   */
  static void requirePollIntervalAboveLease(
      NotificationProperties properties, KafkaProperties kafkaProperties) {
    Object configured =
        kafkaProperties.buildConsumerProperties().get(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG);
    long pollInterval = configured == null ? 300_000 : Long.parseLong(configured.toString());
    if (pollInterval <= properties.claimLease().toMillis() * 2) {
      throw new IllegalStateException(
          "max.poll.interval.ms "
              + pollInterval
              + " must be more than twice crewdispatch.notification.claim-lease "
              + properties.claimLease());
    }
  }

  private static boolean isDeferred(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DeliveryDeferredException) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }
}
