package io.crewdispatch.auth.link.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** HSTS goes with public (HTTPS) crew pages only; a laptop's http://localhost must stay usable. */
class SecurityHeadersTest {

  @Test
  void publicPagesTellBrowsersToUseHttpsOnly() throws Exception {
    MockHttpServletResponse response = run("https://crew.example.com");

    assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
  }

  @Test
  void theLocalStackOnPlainHttpSendsNoHsts() throws Exception {
    MockHttpServletResponse response = run("http://localhost:8081");

    assertThat(response.getHeader("Strict-Transport-Security")).isNull();
    assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'");
  }

  private static MockHttpServletResponse run(String publicBaseUrl) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    SecurityHeaders.forPublicBaseUrl(publicBaseUrl)
        .doFilter(
            new MockHttpServletRequest("GET", "/crew/accept"), response, new MockFilterChain());
    return response;
  }
}
