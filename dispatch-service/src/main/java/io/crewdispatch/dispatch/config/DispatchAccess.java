package io.crewdispatch.dispatch.config;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.crewdispatch.platform.security.ApiAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call dispatch-service (DESIGN.md, "Who may do what"): booking systems book, cancel,
 * complete and invoice ({@code charters:write}); the office and readers see charters; only the
 * office acts on a cascade. Nothing here is public.
 */
@Configuration(proxyBeanMethods = false)
class DispatchAccess {

  static final String WRITE = "charters:write";
  static final String READ = "charters:read";
  static final String OFFICE = "office";

  @Bean
  ApiAccess apiAccess() {
    return ApiAccess.builder()
        .allow(POST, "/api/charters", WRITE)
        .allow(POST, "/api/charters/*/cancel", WRITE)
        .allow(POST, "/api/charters/*/complete", WRITE)
        .allow(POST, "/api/charters/*/invoice", WRITE)
        .allow(POST, "/api/charters/*/assign", OFFICE)
        .allow(POST, "/api/charters/*/recall", OFFICE)
        .allow(POST, "/api/charters/*/pause", OFFICE)
        .allow(POST, "/api/charters/*/resume", OFFICE)
        .allow(POST, "/api/charters/*/release", OFFICE)
        .allow(POST, "/api/charters/*/calls/**", OFFICE)
        .allow(GET, "/api/charters", READ, OFFICE)
        .allow(GET, "/api/charters/**", READ, OFFICE)
        .build();
  }
}
