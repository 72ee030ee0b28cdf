package io.crewdispatch.auth.signin.web;

import io.crewdispatch.auth.signin.SignInGuard;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-address limit on password sign-ins and token requests: past it, 429 with {@code Retry-After}
 * and a problem detail, before any password or secret is even hashed.
 */
class SignInRateLimit extends OncePerRequestFilter {

  private final SignInGuard guard;

  SignInRateLimit(SignInGuard guard) {
    this.guard = guard;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod())
        || !(path.equals("/login") || path.equals("/oauth2/token"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Duration> wait = guard.acquire(request.getRemoteAddr());
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response
        .getOutputStream()
        .write(
            ("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"Too many sign-in attempts from this address; try again in "
                    + seconds
                    + " s.\"}")
                .getBytes(StandardCharsets.UTF_8));
  }
}
