package io.crewdispatch.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Monthly revenue statements as XLSX, stored on Drive and mailed out. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReportingApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReportingApplication.class, args);
  }
}
