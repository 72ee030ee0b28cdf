package io.crewdispatch.notification.digest.timer;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.digest.application.DeadLetterDigest;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Looks every {@code digest.check-interval} whether the office's digest is due, and sends it. */
@Component
class DigestTimer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DigestTimer.class);

  private final DeadLetterDigest digest;
  private final long intervalMillis;
  private ScheduledExecutorService timer;

  DigestTimer(DeadLetterDigest digest, NotificationProperties properties) {
    this.digest = digest;
    this.intervalMillis = properties.digest().checkInterval().toMillis();
  }

  @Override
  public synchronized void start() {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "dead-letter-digest");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(this::tick, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    try {
      digest.sendIfDue();
    } catch (RuntimeException e) {
      // DynamoDB or mail unavailable: the batch stays frozen and the next tick tries again.
      log.warn("event=dead_letter_digest_failed error={}", e.toString());
    }
  }

  @Override
  public synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return timer != null;
  }
}
