package io.crewdispatch.roster;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Two-way sync between the office's Google Sheet and the crew roster. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RosterApplication {

  public static void main(String[] args) {
    SpringApplication.run(RosterApplication.class, args);
  }
}
