package io.crewdispatch.reporting.config;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.crewdispatch.platform.security.ApiAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call reporting-service (DESIGN.md, "Who may do what"): a build may be asked for by the
 * office or a client holding {@code statements:write}; the workbooks (pay and revenue) are the
 * office's alone. Nothing here is public.
 */
@Configuration(proxyBeanMethods = false)
class ReportingAccess {

  @Bean
  ApiAccess apiAccess() {
    return ApiAccess.builder()
        .allow(POST, "/api/statements/**", "statements:write", "office")
        .allow(GET, "/api/statements/**", "office")
        .build();
  }
}
