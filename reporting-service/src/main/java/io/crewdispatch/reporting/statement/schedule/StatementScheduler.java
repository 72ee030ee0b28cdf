package io.crewdispatch.reporting.statement.schedule;

import io.crewdispatch.reporting.config.ReportingProperties;
import io.crewdispatch.reporting.statement.application.MonthlyStatementRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Checks every {@code schedule.check-interval} whether the monthly run is due. The cron itself is
 * not handed to Spring's scheduler: the run follows the injected clock (so tests can move time) and
 * a claim in DynamoDB (so several instances make it once).
 */
@Component
class StatementScheduler implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(StatementScheduler.class);

  private final MonthlyStatementRun run;
  private final ReportingProperties properties;

  StatementScheduler(MonthlyStatementRun run, ReportingProperties properties) {
    this.run = run;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    ReportingProperties.Schedule schedule = properties.schedule();
    if (!schedule.enabled()) {
      log.info("event=statement_schedule_off");
      return;
    }
    log.info(
        "event=statement_schedule_on cron=\"{}\" zone={} next={}",
        schedule.cron(),
        properties.operatorTimeZone(),
        run.nextFire());
    registrar.addFixedDelayTask(run::tick, schedule.checkInterval());
  }
}
