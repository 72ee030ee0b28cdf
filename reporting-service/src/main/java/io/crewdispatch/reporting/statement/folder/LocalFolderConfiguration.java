package io.crewdispatch.reporting.statement.folder;

import io.crewdispatch.reporting.config.ReportingProperties;
import io.crewdispatch.reporting.statement.application.StatementStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local folder store: the default, and what the local stack uses ({@code var/drive}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    prefix = "crewdispatch.reporting.store",
    name = "type",
    havingValue = "local",
    matchIfMissing = true)
class LocalFolderConfiguration {

  @Bean
  StatementStore localFolderStatementStore(ReportingProperties properties) {
    return new LocalFolderStatementStore(properties.store().localDir());
  }
}
