package io.crewdispatch.notification.config;

import io.crewdispatch.notification.digest.application.DeadLetterDigest;
import io.crewdispatch.notification.schedule.application.RunDueItems;
import io.crewdispatch.platform.logging.Failures;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The service's two timers on Spring's scheduler, each first one interval after start-up: the
 * follow-ups and reminders that fell due ({@code schedule.check-interval}), and whether the
 * office's dead-letter digest is due ({@code digest.check-interval}). The scheduler has a thread
 * for each ({@code spring.task.scheduling.pool.size}), so neither tick waits for the other's. A
 * failed tick is logged; what was due stays due for the next.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationTimers implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(NotificationTimers.class);

  private final RunDueItems runDueItems;
  private final DeadLetterDigest digest;
  private final NotificationProperties properties;

  NotificationTimers(
      RunDueItems runDueItems, DeadLetterDigest digest, NotificationProperties properties) {
    this.runDueItems = runDueItems;
    this.digest = digest;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    every(registrar, properties.schedule().checkInterval(), this::runDue);
    every(registrar, properties.digest().checkInterval(), this::sendDigestIfDue);
  }

  private static void every(ScheduledTaskRegistrar registrar, Duration interval, Runnable task) {
    registrar.addFixedDelayTask(new FixedDelayTask(task, interval, interval));
  }

  private void runDue() {
    try {
      runDueItems.runDue();
    } catch (RuntimeException e) {
      // DynamoDB unreachable: what is due stays due, and the next tick tries again.
      log.warn("event=schedule_check_failed error={}", Failures.describe(e));
    }
  }

  private void sendDigestIfDue() {
    try {
      digest.sendIfDue();
    } catch (RuntimeException e) {
      // DynamoDB or mail unavailable: the batch stays frozen and the next tick tries again.
      log.warn("event=dead_letter_digest_failed error={}", Failures.describe(e));
    }
  }
}
