package io.crewdispatch.auth.link.web;

import io.crewdispatch.auth.config.AuthProperties;
import io.crewdispatch.auth.link.domain.LinkToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs before every crew page: rate limits (per address, per link), then, on POST, refuses what a
 * browser marks as cross-site. The hidden {@code csrf} field does the rest: a link needs no login,
 * so the form token bound to the link stands in for a session.
 */
@Component
class CrewGuard implements HandlerInterceptor {

  private static final Logger log = LoggerFactory.getLogger(CrewGuard.class);

  private final RateLimits limits;
  private final String publicOrigin;

  CrewGuard(RateLimits limits, AuthProperties properties) {
    this.limits = limits;
    this.publicOrigin = origin(URI.create(properties.publicBaseUrl()));
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    Optional<LinkToken> token = LinkToken.parse(request.getParameter("token"));
    String tokenKey = token.map(t -> t.hash().hex()).orElse(null);
    limits
        .acquire(request.getRemoteAddr(), tokenKey)
        .ifPresent(
            wait -> {
              log.warn(
                  "event=rate_limited hash={} waitMs={}",
                  tokenKey == null ? "-" : tokenKey.substring(0, 12),
                  wait.toMillis());
              throw new TooManyRequests(wait);
            });
    if ("POST".equals(request.getMethod()) && crossSite(request)) {
      throw new CrossSiteRequest();
    }
    return true;
  }

  /**
   * Sec-Fetch-Site says it outright in current browsers. Origin is checked when it names a site:
   * our own pages send {@code Origin: null}, because they ask for {@code no-referrer}.
   */
  private boolean crossSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if ("cross-site".equalsIgnoreCase(site)) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return false;
    }
    String own = request.getScheme() + "://" + request.getHeader("Host");
    String presented = origin.toLowerCase(Locale.ROOT);
    return !presented.equals(publicOrigin) && !presented.equals(own.toLowerCase(Locale.ROOT));
  }

  private static String origin(URI uri) {
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return (uri.getScheme() + "://" + uri.getHost() + port).toLowerCase(Locale.ROOT);
  }
}
