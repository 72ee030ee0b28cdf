package io.crewdispatch.reporting.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.reporting.ReportingServiceTest;
import io.crewdispatch.testsupport.RouteAudit;
import io.crewdispatch.testsupport.ScopeCheck;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route is closed without a token; statements are the office's, a build also a writer's. */
@ReportingServiceTest
class ApiAccessIT {

  /** Only the error page, which renders another request's error and serves nothing itself. */
  static final Set<String> PUBLIC = Set.of("/error");

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Test
  void everyMappedRouteRefusesARequestWithoutAToken() {
    var checked = RouteAudit.assertClosedWithoutToken(mapping, port, PUBLIC);
    assertThat(checked)
        .extracting(RouteAudit.Route::pattern)
        .contains("/api/statements/{month}", "/api/statements/{month}/{captainId}");
  }

  @Test
  void workbooksAreDownloadedByTheOfficeAlone() {
    new ScopeCheck(port)
        .allows("GET", "/api/statements/2026-06", "office")
        .allows("GET", "/api/statements/2026-06/cap-1", "office")
        .refuses("GET", "/api/statements/2026-06", "statements:write", "charters:read")
        .refusesBadTokens("GET", "/api/statements/2026-06", "office");
  }

  @Test
  void aBuildIsAskedForByTheOfficeOrStatementsWrite() {
    new ScopeCheck(port)
        .allows("POST", "/api/statements/1999-01", "statements:write", "office")
        .refuses("POST", "/api/statements/1999-01", "charters:write", "charters:read");
  }
}
