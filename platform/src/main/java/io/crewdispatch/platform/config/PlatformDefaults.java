package io.crewdispatch.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code crewdispatch-platform-defaults.yml} as the lowest-precedence property source, so
 * every service gets the same serde, actuator and logging settings and can still override any; and,
 * below even those, the management port's default (service port + 1000).
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

  static final String RESOURCE = "crewdispatch-platform-defaults.yml";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    try {
      for (PropertySource<?> source :
          new YamlPropertySourceLoader()
              .load("crewdispatchPlatformDefaults", new ClassPathResource(RESOURCE))) {
        environment.getPropertySources().addLast(source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load " + RESOURCE, e);
    }
    environment.getPropertySources().addLast(new ManagementPortDefault(environment));
  }
}
