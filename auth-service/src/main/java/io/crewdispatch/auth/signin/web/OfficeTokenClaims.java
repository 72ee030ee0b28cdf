package io.crewdispatch.auth.signin.web;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Default scopes for machine clients; and an office user's tokens name them by email (Google's
 * {@code sub} is an opaque number; the timeline shows who acted), so the console and dispatch's
 * office actions can record it.
 */
@Component
class OfficeTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

  @Override
  public void customize(JwtEncodingContext context) {
    // A machine client that asks for no scope gets the scopes it is registered with (RFC 6749
    // 3.3 lets the server pick a default), so `curl -d grant_type=client_credentials` just works.
    if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
        && context.getAuthorizedScopes().isEmpty()) {
      context.getClaims().claim("scope", context.getRegisteredClient().getScopes());
    }
    Object principal = context.getPrincipal().getPrincipal();
    if (principal instanceof OidcUser google && google.getEmail() != null) {
      context.getClaims().subject(google.getEmail()).claim("email", google.getEmail());
    }
  }
}
