package io.crewdispatch.auth.portal.web;

import io.crewdispatch.auth.config.AuthProperties;
import io.crewdispatch.auth.link.domain.FormTokens;
import io.crewdispatch.auth.portal.application.PortalAccess;
import io.crewdispatch.auth.portal.domain.PortalMember;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The portal's cookie. The emailed link is exchanged for it at once, with a redirect that drops the
 * token from the address bar and the history; the cookie then carries the same token, so a rotation
 * or revocation ends the session too (nothing else to invalidate). HttpOnly, limited to the
 * portal's path, SameSite=Lax (sent when the member follows a link to the portal, never with
 * another site's POST), and Secure whenever the request came over HTTPS.
 */
@Component
class PortalSession {

  static final String COOKIE = "crew_portal";
  static final String PATH = "/crew/portal";

  private final PortalAccess access;
  private final FormTokens forms;
  private final Clock clock;
  private final Duration lifetime;

  PortalSession(PortalAccess access, FormTokens forms, Clock clock, AuthProperties properties) {
    this.access = access;
    this.forms = forms;
    this.clock = clock;
    this.lifetime = properties.portal().sessionLifetime();
  }

  Optional<PortalMember> member(HttpServletRequest request) {
    return token(request).flatMap(access::holderOf);
  }

  /** Sets the cookie if {@code token} is an active member's current link; false if it is not. */
  boolean exchange(String token, HttpServletRequest request, HttpServletResponse response) {
    if (access.holderOf(token).isEmpty()) {
      return false;
    }
    response.addHeader(HttpHeaders.SET_COOKIE, cookie(token, lifetime, request).toString());
    return true;
  }

  /** The portal's own forms carry a form token bound to the member's current link. */
  boolean formMatches(PortalMember member, String formToken) {
    return forms.verify(formToken, member.linkHash(), clock.instant());
  }

  void close(HttpServletRequest request, HttpServletResponse response) {
    response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request).toString());
  }

  private static ResponseCookie cookie(String value, Duration maxAge, HttpServletRequest request) {
    return ResponseCookie.from(COOKIE, value)
        .path(PATH)
        .httpOnly(true)
        .secure(request.isSecure())
        .sameSite("Lax")
        .maxAge(maxAge)
        .build();
  }

  private static Optional<String> token(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .findFirst();
  }
}
