package io.crewdispatch.reporting.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.reporting.statement.application.StatementStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** STATEMENT_STORE picks the store; the settings say clearly what a chosen store still needs. */
class StatementStoreSelectionTest {

  @TempDir Path dir;

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(ReportingProperties.class)
  static class Properties {}

  ApplicationContextRunner runner() throws ClassNotFoundException {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
        .withConfiguration(
            UserConfigurations.of(
                Properties.class,
                Class.forName(
                    "io.crewdispatch.reporting.statement.folder.LocalFolderConfiguration"),
                Class.forName("io.crewdispatch.reporting.statement.drive.DriveConfiguration")))
        .withPropertyValues("crewdispatch.reporting.office-email=office@example.com");
  }

  @Test
  void theLocalFolderIsTheDefault() throws Exception {
    runner()
        .run(
            context ->
                assertThat(context.getBean(StatementStore.class).getClass().getSimpleName())
                    .isEqualTo("LocalFolderStatementStore"));
  }

  @Test
  void driveIsChosenByNameInAnyCase() throws Exception {
    Path key = dir.resolve("user.json");
    Files.writeString(
        key,
        "{\"type\":\"authorized_user\",\"client_id\":\"id.apps.googleusercontent.com\","
            + "\"client_secret\":\"not-a-secret\",\"refresh_token\":\"not-a-token\"}");
    runner()
        .withPropertyValues(
            "crewdispatch.reporting.store.type=DRIVE",
            "crewdispatch.reporting.drive.folder-id=folder-1",
            "crewdispatch.reporting.drive.credentials-file=" + key,
            "crewdispatch.reporting.drive.root-url=http://localhost:1/")
        .run(
            context ->
                assertThat(context.getBean(StatementStore.class).getClass().getSimpleName())
                    .isEqualTo("DriveStatementStore"));
  }

  @Test
  void driveWithoutAFolderDoesNotStartAndSaysWhatIsMissing() throws Exception {
    runner()
        .withPropertyValues("crewdispatch.reporting.store.type=drive")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("DRIVE_FOLDER_ID"));
  }

  @Test
  void theOfficeAddressIsRequired() throws Exception {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
        .withConfiguration(UserConfigurations.of(Properties.class))
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("officeEmail"));
  }
}
