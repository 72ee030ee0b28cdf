package io.crewdispatch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/**
 * Checks one route against tokens from {@link TestTokens}: each scope that should pass gets past
 * security (whatever the handler then answers), each that should not gets a 403 problem detail.
 */
public final class ScopeCheck {

  private final int port;

  public ScopeCheck(int port) {
    this.port = port;
  }

  /** A token carrying any one of these scopes alone gets past security. */
  public ScopeCheck allows(String method, String path, String... scopes) {
    for (String scope : scopes) {
      HttpResponse<String> response = RouteAudit.call(port, method, path, TestTokens.bearer(scope));
      assertThat(response.statusCode())
          .as("%s %s with scope %s (body %s)", method, path, scope, response.body())
          .isNotIn(401, 403);
    }
    return this;
  }

  /** A token carrying only one of these scopes is refused with 403 as a problem detail. */
  public ScopeCheck refuses(String method, String path, String... scopes) {
    for (String scope : scopes) {
      HttpResponse<String> response = RouteAudit.call(port, method, path, TestTokens.bearer(scope));
      assertThat(response.statusCode())
          .as("%s %s with scope %s", method, path, scope)
          .isEqualTo(403);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(response.body()).contains("\"field\":\"scope\"");
    }
    return this;
  }

  /** An expired token, and one signed by a key auth-service never published, are refused (401). */
  public ScopeCheck refusesBadTokens(String method, String path, String scope) {
    for (String token :
        new String[] {TestTokens.expiredBearer(scope), TestTokens.foreignToken(scope)}) {
      HttpResponse<String> response = RouteAudit.call(port, method, path, token);
      assertThat(response.statusCode()).as("%s %s with a bad token", method, path).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
    return this;
  }
}
