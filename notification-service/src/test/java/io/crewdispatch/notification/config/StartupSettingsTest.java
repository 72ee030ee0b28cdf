package io.crewdispatch.notification.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The real application.yml: outside the local profile there is no placeholder office address or
 * company name to fall back on.
 */
class StartupSettingsTest {

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(new ConfigDataApplicationContextInitializer())
          .withUserConfiguration(Settings.class)
          .withPropertyValues("crewdispatch.notification.smtp.host=mail.example.net");

  @Test
  void withoutAnOfficeAddressTheServiceRefusesToStart() {
    runner
        .withPropertyValues("crewdispatch.notification.company-name=Harbour Light Charters")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("officeEmail"));
  }

  @Test
  void withoutACompanyNameTheServiceRefusesToStart() {
    runner
        .withPropertyValues("crewdispatch.notification.office-email=office@harbourlight.test")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("companyName"));
  }

  @Test
  void withBothSetTheServiceStartsWithThem() {
    runner
        .withPropertyValues(
            "crewdispatch.notification.office-email=office@harbourlight.test",
            "crewdispatch.notification.company-name=Harbour Light Charters")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              NotificationProperties properties = context.getBean(NotificationProperties.class);
              assertThat(properties.officeEmail()).containsExactly("office@harbourlight.test");
              assertThat(properties.companyName()).isEqualTo("Harbour Light Charters");
            });
  }

  @Test
  void theLocalProfileStartsWithItsInventedOffice() {
    runner
        .withPropertyValues("spring.profiles.active=local")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              NotificationProperties properties = context.getBean(NotificationProperties.class);
              assertThat(properties.officeEmail()).containsExactly("office@example.com");
              assertThat(properties.companyName()).isEqualTo("Example Yacht Charters");
            });
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(NotificationProperties.class)
  static class Settings {}
}
