package io.crewdispatch.roster.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.roster.support.RosterServiceTest;
import io.crewdispatch.testsupport.RouteAudit;
import io.crewdispatch.testsupport.ScopeCheck;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route is closed without a token; the roster is the office's, a sync also roster:sync's. */
@RosterServiceTest
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
        .contains("/api/roster/sync", "/api/roster", "/api/roster/{crewId}");
  }

  @Test
  void theStoredRosterIsTheOfficesAlone() {
    new ScopeCheck(port)
        .allows("GET", "/api/roster", "office")
        .allows("GET", "/api/roster/cap-1", "office")
        .refuses("GET", "/api/roster", "roster:sync", "charters:read", "charters:write")
        .refuses("GET", "/api/roster/cap-1", "roster:sync", "charters:read")
        .refusesBadTokens("GET", "/api/roster", "office");
  }

  @Test
  void aSyncIsAskedForByTheOfficeOrRosterSync() {
    new ScopeCheck(port)
        .allows("POST", "/api/roster/sync", "roster:sync", "office")
        .refuses("POST", "/api/roster/sync", "charters:write", "statements:write");
  }
}
