package io.crewdispatch.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service but auth-service is an OAuth 2 resource server: each route needs a JWT signed by
 * auth-service with a scope the service's {@link ApiAccess} names; nothing else answers without one
 * except the declared public paths, the error page and the actuator on the management port.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "crewdispatch.security.resource-server", matchIfMissing = true)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableWebSecurity
public class ResourceServerConfiguration {

  @Bean
  @ConditionalOnMissingBean
  JwtDecoder jwtDecoder(SecurityProperties properties) {
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build();
    decoder.setJwtValidator(
        JwtValidators.createDefaultWithIssuer(properties.issuerUri().toString()));
    return decoder;
  }

  @Bean
  @ConditionalOnMissingBean(SecurityFilterChain.class)
  SecurityFilterChain apiSecurityFilterChain(
      HttpSecurity http, ObjectProvider<ApiAccess> access, Environment environment)
      throws Exception {
    ApiAccess rules = access.getIfAvailable(ApiAccess::none);
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .authorizeHttpRequests(
            authorize -> {
              authorize
                  .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR)
                  .permitAll()
                  .requestMatchers(new ManagementPort(environment))
                  .permitAll();
              for (ApiAccess.Rule rule : rules.rules()) {
                String[] authorities =
                    rule.scopes().stream().map(s -> "SCOPE_" + s).toArray(String[]::new);
                if (rule.method() == null) {
                  authorize.requestMatchers(rule.pattern()).hasAnyAuthority(authorities);
                } else {
                  authorize
                      .requestMatchers(rule.method(), rule.pattern())
                      .hasAnyAuthority(authorities);
                }
              }
              for (String path : rules.publicPaths()) {
                authorize.requestMatchers(path).permitAll();
              }
              authorize.requestMatchers("/error").permitAll().anyRequest().denyAll();
            })
        .oauth2ResourceServer(
            oauth2 ->
                oauth2
                    .jwt(jwt -> {})
                    .authenticationEntryPoint(ProblemResponses.unauthorized())
                    .accessDeniedHandler(ProblemResponses.forbidden()))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(ProblemResponses.unauthorized())
                    .accessDeniedHandler(ProblemResponses.forbidden()));
    return http.build();
  }
}
