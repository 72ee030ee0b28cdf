package io.crewdispatch.dispatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.testsupport.RouteAudit;
import io.crewdispatch.testsupport.ScopeCheck;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route is closed without a token, and each demands the scope DESIGN.md names. */
@DispatchIntegrationTest
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
        .contains("/api/charters", "/api/charters/{charterId}", "/api/charters/{charterId}/cancel");
  }

  @Test
  void bookingSystemsWriteChartersAndNothingElse() {
    new ScopeCheck(port)
        .allows("POST", "/api/charters", "charters:write")
        .refuses("POST", "/api/charters", "charters:read", "office", "roster:sync")
        .allows("POST", "/api/charters/c-1/cancel", "charters:write")
        .allows("POST", "/api/charters/c-1/complete", "charters:write")
        .allows("POST", "/api/charters/c-1/invoice", "charters:write")
        .refuses("POST", "/api/charters/c-1/invoice", "charters:read", "office")
        .refusesBadTokens("POST", "/api/charters", "charters:write");
  }

  @Test
  void chartersAreReadWithReadOrOffice() {
    new ScopeCheck(port)
        .allows("GET", "/api/charters/c-1", "charters:read", "office")
        .allows("GET", "/api/charters?month=2026-06", "charters:read", "office")
        .refuses("GET", "/api/charters/c-1", "charters:write", "statements:write");
  }

  @Test
  void onlyTheOfficeActsOnACascade() {
    for (String action : new String[] {"assign", "recall", "pause", "resume", "release"}) {
      new ScopeCheck(port)
          .allows("POST", "/api/charters/c-1/" + action, "office")
          .refuses("POST", "/api/charters/c-1/" + action, "charters:write", "charters:read");
    }
    new ScopeCheck(port)
        .allows("POST", "/api/charters/c-1/calls/call-1/extend", "office")
        .refuses("POST", "/api/charters/c-1/calls/call-1/skip", "charters:write");
  }
}
