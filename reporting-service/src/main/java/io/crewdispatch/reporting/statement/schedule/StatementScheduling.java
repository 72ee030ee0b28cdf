package io.crewdispatch.reporting.statement.schedule;

import io.crewdispatch.reporting.config.ReportingProperties;
import io.crewdispatch.reporting.statement.application.GenerateStatements;
import io.crewdispatch.reporting.statement.application.MonthlyStatementRun;
import io.crewdispatch.reporting.statement.application.StatementRunClaims;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The monthly run, with an owner name unique to this instance for its claims. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StatementScheduling {

  @Bean
  MonthlyStatementRun monthlyStatementRun(
      ReportingProperties properties,
      StatementRunClaims claims,
      GenerateStatements generate,
      Clock clock) {
    ReportingProperties.Schedule schedule = properties.schedule();
    return new MonthlyStatementRun(
        schedule.cron(),
        properties.operatorTimeZone(),
        schedule.catchUp(),
        schedule.lease(),
        ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID(),
        claims,
        generate::generate,
        clock);
  }
}
