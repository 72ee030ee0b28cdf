package io.crewdispatch.roster.config;

import io.crewdispatch.platform.logging.Failures;
import io.crewdispatch.roster.assignment.application.RecordAssignment;
import io.crewdispatch.roster.member.application.SyncRoster;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The scheduled sync (every {@code crewdispatch.roster.sync.interval}, skipped cheaply when the
 * sheet is unchanged), which also writes any Assignments row the sheet missed while it was down.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(
    prefix = "crewdispatch.roster.sync",
    name = "scheduled",
    havingValue = "true",
    matchIfMissing = true)
class SyncSchedule implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(SyncSchedule.class);

  private final SyncRoster sync;
  private final RecordAssignment assignments;
  private final Duration interval;

  SyncSchedule(SyncRoster sync, RecordAssignment assignments, RosterProperties properties) {
    this.sync = sync;
    this.assignments = assignments;
    this.interval = properties.sync().interval();
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(this::run, interval);
  }

  private void run() {
    try {
      sync.syncIfChanged();
    } catch (RuntimeException failed) {
      // The health indicator carries the reason; the next run tries again.
      log.warn("event=scheduled_sync_failed error={}", Failures.describe(failed));
    }
    assignments.catchUp();
  }
}
