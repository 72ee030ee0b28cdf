package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.platform.logging.Failures;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a claim's lease running while its holder is still at work: every third of the lease it is
 * pushed to a full lease from now. A send slower than the lease (Gmail retrying after 429s, a slow
 * SMTP server) thus never lets a second delivery take over and send again; only a sender that died
 * stops renewing, and its lease runs out.
 */
class LeaseHeartbeat implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LeaseHeartbeat.class);

  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "notification-lease");
            thread.setDaemon(true);
            return thread;
          });

  private final ScheduledFuture<?> renewal;

  private LeaseHeartbeat(ScheduledFuture<?> renewal) {
    this.renewal = renewal;
  }

  static LeaseHeartbeat start(
      DeliveryLog deliveryLog, String deliveryId, String token, Clock clock, Duration lease) {
    long every = Math.max(1, lease.toMillis() / 3);
    return new LeaseHeartbeat(
        TIMER.scheduleAtFixedRate(
            () -> renew(deliveryLog, deliveryId, token, clock, lease),
            every,
            every,
            TimeUnit.MILLISECONDS));
  }

  private static void renew(
      DeliveryLog deliveryLog, String deliveryId, String token, Clock clock, Duration lease) {
    try {
      deliveryLog.extend(deliveryId, token, clock.instant().plus(lease));
    } catch (RuntimeException e) {
      // The next beat tries again; the lease still has two thirds of its time.
      log.warn(
          "event=lease_renewal_failed deliveryId={} error={}", deliveryId, Failures.describe(e));
    }
  }

  @Override
  public void close() {
    renewal.cancel(false);
  }
}
