package io.crewdispatch.reporting.statement.drive;

import io.crewdispatch.platform.ops.IntegrationStates;
import io.crewdispatch.reporting.config.ReportingProperties;
import io.crewdispatch.reporting.statement.application.StatementStore;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Drive store, when {@code STATEMENT_STORE=drive}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    prefix = "crewdispatch.reporting.store",
    name = "type",
    havingValue = "drive")
class DriveConfiguration {

  @Bean
  StatementStore driveStatementStore(
      ReportingProperties properties, ObjectProvider<IntegrationStates> states) throws IOException {
    ReportingProperties.Drive drive = properties.drive();
    return new DriveStatementStore(
        DriveClients.create(drive),
        drive.folderId(),
        drive.shareWith(),
        drive.shareRole(),
        drive.multipartLimit().toBytes(),
        new DriveHealth(states.getIfAvailable()));
  }
}
