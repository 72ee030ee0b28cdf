package io.crewdispatch.roster.config;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.crewdispatch.platform.security.ApiAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call roster-service (DESIGN.md, "Who may do what"): a sync may be asked for by the office
 * or a client holding {@code roster:sync}; the stored roster (names, emails, phones) is the
 * office's alone. Nothing here is public.
 */
@Configuration(proxyBeanMethods = false)
class RosterAccess {

  @Bean
  ApiAccess apiAccess() {
    return ApiAccess.builder()
        .allow(POST, "/api/roster/sync", "roster:sync", "office")
        .allow(GET, "/api/roster", "office")
        .allow(GET, "/api/roster/**", "office")
        .build();
  }
}
