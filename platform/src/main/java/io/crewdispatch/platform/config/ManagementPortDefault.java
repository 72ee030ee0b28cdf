package io.crewdispatch.platform.config;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * The actuator listens on the service's port + 1000 (DESIGN.md, "Ports"), never on the public port,
 * unless {@code management.server.port} is set. Computed at lookup, so whatever sets {@code
 * server.port} (profile, environment, a test's random port) moves the management port with it; a
 * random service port (0) gets a random management port.
 */
final class ManagementPortDefault extends PropertySource<Object> {

  static final String PROPERTY = "management.server.port";
  static final int OFFSET = 1000;

  // Not the source: Boot walks into a property source whose source is an Environment, which would
  // include this one again.
  private final ConfigurableEnvironment environment;

  ManagementPortDefault(ConfigurableEnvironment environment) {
    super("crewdispatchManagementPort", new Object());
    this.environment = environment;
  }

  @Override
  public Object getProperty(String name) {
    if (!PROPERTY.equals(name)) {
      return null;
    }
    Integer server = environment.getProperty("server.port", Integer.class);
    if (server == null) {
      return null;
    }
    return server == 0 ? 0 : server + OFFSET;
  }
}
