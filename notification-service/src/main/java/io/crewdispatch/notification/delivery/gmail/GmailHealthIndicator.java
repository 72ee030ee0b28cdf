package io.crewdispatch.notification.delivery.gmail;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * DOWN while Gmail's credentials are refused or missing, with what a person must do; the service
 * keeps running (liveness is untouched) and holds its emails until then.
 */
class GmailHealthIndicator extends AbstractHealthIndicator {

  private final AccessTokenSource tokens;

  GmailHealthIndicator(AccessTokenSource tokens) {
    super("Gmail health check failed");
    this.tokens = tokens;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    CredentialsState state = tokens.state();
    if (state.usable()) {
      builder.up();
      if (state.tokenExpiresAt() != null) {
        builder.withDetail("accessTokenExpiresAt", state.tokenExpiresAt().toString());
      }
    } else {
      builder
          .down()
          .withDetail("problem", state.problem())
          .withDetail("since", state.since().toString());
    }
  }
}
