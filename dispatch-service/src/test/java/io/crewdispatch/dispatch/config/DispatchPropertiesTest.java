package io.crewdispatch.dispatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The settings bind from the forms the README documents, and refuse nonsense at start-up. */
class DispatchPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(DispatchProperties.class)
  static class Settings {}

  ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(Settings.class);

  @Test
  void defaultsAreTheDocumentedOnes() {
    context.run(
        c -> {
          DispatchProperties p = c.getBean(DispatchProperties.class);
          assertThat(p.windows().captainTimeout()).isEqualTo(Duration.ofHours(2));
          assertThat(p.windows().minimum()).isEqualTo(Duration.ofMinutes(5));
          assertThat(p.windows().callsBeforeDeparture()).isEqualTo(12);
          assertThat(p.quietHours().enabled()).isTrue();
          assertThat(p.quietHours().start()).isEqualTo(LocalTime.of(21, 0));
          assertThat(p.quietHours().end()).isEqualTo(LocalTime.of(7, 0));
          assertThat(p.timers().pollInterval()).isEqualTo(Duration.ofSeconds(1));
          assertThat(p.timers().tablePollInterval()).isEqualTo(Duration.ofSeconds(30));
          assertThat(p.operatorTimeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        });
  }

  @Test
  void shortWindowsAndQuietHoursBindFromPlainValues() {
    context
        .withPropertyValues(
            "crewdispatch.dispatch.windows.captain-timeout=8s",
            "crewdispatch.dispatch.windows.crew-timeout=PT5M",
            "crewdispatch.dispatch.quiet-hours.enabled=false",
            "crewdispatch.dispatch.quiet-hours.start=22:30",
            "crewdispatch.dispatch.quiet-hours.end=06:15")
        .run(
            c -> {
              DispatchProperties p = c.getBean(DispatchProperties.class);
              assertThat(p.windows().captainTimeout()).isEqualTo(Duration.ofSeconds(8));
              assertThat(p.windows().crewTimeout()).isEqualTo(Duration.ofMinutes(5));
              assertThat(p.quietHours().enabled()).isFalse();
              assertThat(p.quietHours().start()).isEqualTo(LocalTime.of(22, 30));
              assertThat(p.quietHours().end()).isEqualTo(LocalTime.of(6, 15));
            });
  }

  @Test
  void aWindowCountBelowOneIsRefused() {
    context
        .withPropertyValues("crewdispatch.dispatch.windows.calls-before-departure=0")
        .run(c -> assertThat(c).hasFailed());
  }
}
