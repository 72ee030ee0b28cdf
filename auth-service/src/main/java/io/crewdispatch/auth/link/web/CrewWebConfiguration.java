package io.crewdispatch.auth.link.web;

import io.crewdispatch.auth.config.AuthProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the guard in front of the crew pages and the security headers on them and their assets. */
@Configuration(proxyBeanMethods = false)
class CrewWebConfiguration implements WebMvcConfigurer {

  private final CrewGuard guard;

  CrewWebConfiguration(CrewGuard guard) {
    this.guard = guard;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(guard).addPathPatterns("/crew/**");
  }

  @Bean
  FilterRegistrationBean<SecurityHeaders> crewSecurityHeaders(AuthProperties properties) {
    FilterRegistrationBean<SecurityHeaders> registration =
        new FilterRegistrationBean<>(SecurityHeaders.forPublicBaseUrl(properties.publicBaseUrl()));
    registration.addUrlPatterns("/crew/*", "/assets/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
