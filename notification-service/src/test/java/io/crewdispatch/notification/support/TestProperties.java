package io.crewdispatch.notification.support;

import io.crewdispatch.notification.config.NotificationProperties;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * NotificationProperties bound the way Spring binds them (defaults included), for tests without an
 * application context.
 */
public final class TestProperties {

  private TestProperties() {}

  public static NotificationProperties with(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>();
    all.put("crewdispatch.notification.smtp.host", "127.0.0.1");
    all.put("crewdispatch.notification.office-email", "office@example.com");
    all.put("crewdispatch.notification.company-name", "Example Yacht Charters");
    all.putAll(settings);
    return new Binder(new MapConfigurationPropertySource(all))
        .bindOrCreate("crewdispatch.notification", NotificationProperties.class);
  }

  public static NotificationProperties defaults() {
    return with(Map.of());
  }
}
