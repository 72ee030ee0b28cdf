package io.crewdispatch.dispatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The captain-first cascade: calls captains one at a time, then their crew. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DispatchApplication {

  public static void main(String[] args) {
    SpringApplication.run(DispatchApplication.class, args);
  }
}
