package io.crewdispatch.auth.signin.web;

import io.crewdispatch.auth.config.AuthProperties;
import io.crewdispatch.auth.signin.OfficeAccountPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * A Google sign-in gets in only if {@link OfficeAccountPolicy} says the account is the office's.
 */
@Component
class GoogleOfficeUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private static final Logger log = LoggerFactory.getLogger(GoogleOfficeUsers.class);
  private final OidcUserService google = new OidcUserService();
  private final OfficeAccountPolicy policy;

  GoogleOfficeUsers(AuthProperties properties) {
    AuthProperties.Google settings = properties.signIn().google();
    this.policy = new OfficeAccountPolicy(settings.allowedDomain(), settings.allowedAddresses());
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = google.loadUser(request);
    if (!policy.admits(user.getEmail(), user.getEmailVerified(), user.getClaimAsString("hd"))) {
      log.info("event=google_sign_in_refused");
      throw new OAuth2AuthenticationException(
          new OAuth2Error(
              "access_denied", "This Google account is not one of the office's.", null));
    }
    return user;
  }
}
