package io.crewdispatch.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches requests that arrived on the management (actuator) port. Boot publishes that port as
 * {@code local.management.port} once it listens; when management shares the public port there is no
 * such property and nothing matches, so the actuator is then closed rather than public.
 */
public final class ManagementPort implements RequestMatcher {

  private final Environment environment;

  public ManagementPort(Environment environment) {
    this.environment = environment;
  }

  @Override
  public boolean matches(HttpServletRequest request) {
    Integer port = environment.getProperty("local.management.port", Integer.class);
    Integer server = environment.getProperty("local.server.port", Integer.class);
    return port != null && port > 0 && !port.equals(server) && request.getLocalPort() == port;
  }
}
