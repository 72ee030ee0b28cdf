package io.crewdispatch.platform.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.commons.logging.Log;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A start from Spring's AOT-generated code ({@code -Dspring.aot.enabled=true}) would run the beans
 * its build chose. Once the environment is known, and before the context is made, this evaluates
 * the property conditions the build recorded with this start's settings; if any comes out otherwise
 * (say {@code ROSTER_SOURCE=sheets} against a build for the workbook), it turns AOT mode off for
 * this start, which then evaluates every condition as usual: slower, never the wrong adapter. Does
 * nothing in a normal start.
 */
public class PropertyConditionsCheck implements EnvironmentPostProcessor {

  static final String AOT_ENABLED = "spring.aot.enabled";

  private final Log log;

  public PropertyConditionsCheck(DeferredLogFactory logs) {
    this.log = logs.getLog(PropertyConditionsCheck.class);
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!AotDetector.useGeneratedArtifacts()) {
      return;
    }
    List<String> differing = differing(environment, application.getClassLoader());
    if (!differing.isEmpty()) {
      // Read by SpringApplication when it makes the context, which it has not done yet.
      System.setProperty(AOT_ENABLED, "false");
      log.warn(
          "event=aot_mode_off reason=settings_differ_from_build conditions="
              + String.join(",", differing));
    }
  }

  /** The recorded elements whose conditions now give another outcome, as {@code key:was_on}. */
  static List<String> differing(ConfigurableEnvironment environment, ClassLoader loader) {
    Properties built = built(loader);
    if (built == null) {
      return List.of("no_record_in_jar");
    }
    var conditions =
        PropertyConditions.context(new DefaultListableBeanFactory(), environment, loader);
    List<String> differing = new ArrayList<>();
    for (String key : new TreeSet<>(built.stringPropertyNames())) {
      boolean then = Boolean.parseBoolean(built.getProperty(key));
      boolean now = PropertyConditions.matches(PropertyConditions.element(key, loader), conditions);
      if (now != then) {
        differing.add(key + (then ? ":was_on" : ":was_off"));
      }
    }
    return differing;
  }

  private static Properties built(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(PropertyConditions.RESOURCE)) {
      if (in == null) {
        return null;
      }
      Properties built = new Properties();
      built.load(in);
      return built;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
