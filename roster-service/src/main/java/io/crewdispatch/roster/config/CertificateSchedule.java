package io.crewdispatch.roster.config;

import io.crewdispatch.platform.logging.Failures;
import io.crewdispatch.roster.certificate.application.WarnOfLapsingCertificates;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The certificate check on a timer ({@code crewdispatch.roster.certificates.check-interval}, first
 * one interval after start-up: a sync at start-up checks already), for members whose sheet row does
 * not change while their certificate's date comes closer.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CertificateSchedule implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(CertificateSchedule.class);

  private final WarnOfLapsingCertificates certificates;
  private final Duration interval;

  CertificateSchedule(WarnOfLapsingCertificates certificates, RosterProperties properties) {
    this.certificates = certificates;
    this.interval = properties.certificates().checkInterval();
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(new FixedDelayTask(this::run, interval, interval));
  }

  private void run() {
    try {
      certificates.checkStored();
    } catch (RuntimeException failed) {
      // DynamoDB unreachable: the next run (or the next sync) checks again.
      log.warn("event=certificate_check_failed error={}", Failures.describe(failed));
    }
  }
}
