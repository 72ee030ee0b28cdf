package io.crewdispatch.auth.config;

import io.crewdispatch.auth.portal.application.PortalUrls;
import io.crewdispatch.auth.portal.domain.AvailabilityWindow;
import java.net.URI;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns the portal's settings into its policies. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

  @Bean
  AvailabilityWindow availabilityWindow(AuthProperties properties) {
    AuthProperties.Portal portal = properties.portal();
    return new AvailabilityWindow(portal.availabilityDays(), ZoneId.of(portal.timeZone()));
  }

  @Bean
  PortalUrls portalUrls(AuthProperties properties) {
    return PortalUrls.under(URI.create(properties.publicBaseUrl()));
  }
}
