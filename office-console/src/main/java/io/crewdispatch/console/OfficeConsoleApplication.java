package io.crewdispatch.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The office's web console. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OfficeConsoleApplication {

  public static void main(String[] args) {
    SpringApplication.run(OfficeConsoleApplication.class, args);
  }
}
