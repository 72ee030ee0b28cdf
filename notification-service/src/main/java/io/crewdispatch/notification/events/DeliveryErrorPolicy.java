package io.crewdispatch.notification.events;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.DeliveryDeferredException;
import io.crewdispatch.notification.delivery.application.UndeliverableNoticeException;
import org.springframework.beans.factory.SmartInitializingSingleton;
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
      DefaultErrorHandler errorHandler, NotificationProperties properties) {
    BackOff deferred =
        new FixedBackOff(properties.retryInterval().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS);
    return () -> {
      errorHandler.addNotRetryableExceptions(UndeliverableNoticeException.class);
      errorHandler.setBackOffFunction((record, e) -> isDeferred(e) ? deferred : null);
    };
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
