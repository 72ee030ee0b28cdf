package io.crewdispatch.auth.signin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins per account for the lockout, and clears the count on success.
 * Only username/password sign-ins count (a client's wrong secret at the token endpoint is slowed by
 * the per-address limit instead). Logs carry no account names.
 */
@Component
class SignInOutcomes {

  private static final Logger log = LoggerFactory.getLogger(SignInOutcomes.class);
  private final SignInGuard guard;

  SignInOutcomes(SignInGuard guard) {
    this.guard = guard;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
      guard.failed(token.getName());
      log.info("event=sign_in_failed");
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
      guard.succeeded(token.getName());
    }
  }
}
