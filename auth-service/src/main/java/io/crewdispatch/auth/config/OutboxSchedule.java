package io.crewdispatch.auth.config;

import io.crewdispatch.auth.link.application.AnswerOutbox;
import io.crewdispatch.platform.logging.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Re-publishes unacknowledged answers every {@code crewdispatch.auth.outbox.interval}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxSchedule implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

  private final AnswerOutbox outbox;
  private final AuthProperties.Outbox settings;

  OutboxSchedule(AnswerOutbox outbox, AuthProperties properties) {
    this.outbox = outbox;
    this.settings = properties.outbox();
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(this::sweep, settings.interval());
  }

  private void sweep() {
    try {
      outbox.publishPending(settings.minAge());
    } catch (RuntimeException e) {
      // Kafka or DynamoDB is away; the next sweep tries again.
      log.warn("event=outbox_sweep_failed error={}", Failures.describe(e));
    }
  }
}
