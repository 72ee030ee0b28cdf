package io.crewdispatch.auth.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.auth.link.domain.LinkKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The real application.yml: no key, no start; the local profile runs on its labelled dev key. */
class StartupSettingsTest {

  static final String KEY = "dGVzdCBrZXkgZm9yIGF1dGgtc2VydmljZSBJVHMsIDMyKyBieXRlcyBsb25n";

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(new ConfigDataApplicationContextInitializer())
          .withUserConfiguration(Settings.class, LinkConfiguration.class);

  @Test
  void withoutAKeyTheServiceRefusesToStart() {
    runner
        .withPropertyValues("crewdispatch.auth.public-base-url=https://crew.example.com")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("crewdispatch.auth.token.key"));
  }

  @Test
  void aKeyOfFewerThan32BytesIsRefused() {
    runner
        .withPropertyValues(
            "crewdispatch.auth.public-base-url=https://crew.example.com",
            "crewdispatch.auth.token.key=c2hvcnQga2V5",
            "crewdispatch.auth.token.key-id=k1")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("at least 32 random bytes"));
  }

  @Test
  void withoutAPublicBaseUrlTheServiceRefusesToStart() {
    runner
        .withPropertyValues(
            "crewdispatch.auth.token.key=" + KEY, "crewdispatch.auth.token.key-id=k1")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("publicBaseUrl"));
  }

  @Test
  void theLocalProfileStartsWithItsDevelopmentKey() {
    runner
        .withPropertyValues("spring.profiles.active=local")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(LinkKeys.class).current().id()).isEqualTo("dev-only");
              assertThat(context.getBean(AuthProperties.class).publicBaseUrl())
                  .isEqualTo("http://localhost:8081");
            });
  }

  @Test
  void theDevelopmentKeyIsRefusedWhenTheLinksPointAtARealHost() {
    runner
        .withPropertyValues(
            "spring.profiles.active=local",
            "crewdispatch.auth.public-base-url=https://crew.example.com")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("is the development key of the local profile")
                    .hasMessageContaining("https://crew.example.com")
                    .hasMessageContaining("localhost or 127.0.0.1"));
  }

  @Test
  void theDevelopmentKeyIsAcceptedOnLoopback() {
    runner
        .withPropertyValues(
            "spring.profiles.active=local",
            "crewdispatch.auth.public-base-url=http://127.0.0.1:18081")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(AuthProperties.class)
  static class Settings {}
}
