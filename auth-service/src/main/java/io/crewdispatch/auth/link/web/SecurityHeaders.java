package io.crewdispatch.auth.link.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every crew page and asset, set before anything else runs so that errors carry them
 * too: pages hold live tokens, so nothing is cached, no referrer leaks them to another site, and
 * the pages run only our own script (the accept page's status poll) and load nothing from
 * elsewhere. Served over HTTPS (any public base URL but a laptop's), browsers are also told never
 * to use plain HTTP for this host again, so a link opened on a hostile network cannot be
 * downgraded.
 */
class SecurityHeaders extends OncePerRequestFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self';"
          + " img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  /** A year; no includeSubDomains: the office's other hosts are not ours to decide. */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  private final boolean strictTransport;

  SecurityHeaders(boolean strictTransport) {
    this.strictTransport = strictTransport;
  }

  /** HSTS wherever the crew pages are public, i.e. whenever their public base URL is HTTPS. */
  static SecurityHeaders forPublicBaseUrl(String publicBaseUrl) {
    return new SecurityHeaders(
        publicBaseUrl.toLowerCase(java.util.Locale.ROOT).startsWith("https:"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    if (strictTransport) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    chain.doFilter(request, response);
  }
}
