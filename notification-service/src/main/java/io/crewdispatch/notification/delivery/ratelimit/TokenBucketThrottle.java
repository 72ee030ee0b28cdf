package io.crewdispatch.notification.delivery.ratelimit;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.SendThrottle;
import io.crewdispatch.notification.delivery.application.TransientDeliveryException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Keeps sends under {@code send-rate-per-minute} for the whole service (all listeners share it).
 * The bucket refills gradually and holds at most a tenth of a minute's allowance, so a backlog
 * (mail held while credentials were refused) drains at the rate, not in one burst that trips
 * Gmail's own limit.
 */
@Component
class TokenBucketThrottle implements SendThrottle {

  private final Bucket bucket;

  TokenBucketThrottle(NotificationProperties properties) {
    int perMinute = properties.sendRatePerMinute();
    this.bucket =
        perMinute == 0
            ? null
            : Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(Math.max(1, perMinute / 10))
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
  }

  @Override
  public void acquire() {
    if (bucket == null) {
      return;
    }
    try {
      bucket.asBlocking().consume(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransientDeliveryException("Interrupted waiting for the send rate", e);
    }
  }
}
