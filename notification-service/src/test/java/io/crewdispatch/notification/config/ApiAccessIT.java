package io.crewdispatch.notification.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.testsupport.RouteAudit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * notification-service has no API: besides the error page (which renders another request's error),
 * any route someone maps must demand a token.
 */
@NotificationIT
class ApiAccessIT {

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Test
  void everyMappedRouteRefusesARequestWithoutAToken() {
    var checked = RouteAudit.assertClosedWithoutToken(mapping, port, Set.of("/error"));
    assertThat(checked).extracting(RouteAudit.Route::pattern).contains("/error");
  }
}
