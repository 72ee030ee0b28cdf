package io.crewdispatch.console.config;

import io.crewdispatch.platform.security.ManagementPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every page needs the office user signed in through auth-service (authorization code with PKCE);
 * only the static assets (and the actuator on the management port) are open. The user's access
 * token goes with each action to the service that owns what it changes.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String REGISTRATION = "crew-dispatch";

  @Bean
  SecurityFilterChain consoleSecurity(
      HttpSecurity http, ClientRegistrationRepository clients, Environment environment)
      throws Exception {
    DefaultOAuth2AuthorizationRequestResolver withPkce =
        new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
    withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    http.authorizeHttpRequests(
            requests ->
                requests
                    // Health and metrics answer on the management port only, never signed in.
                    .requestMatchers(new ManagementPort(environment))
                    .permitAll()
                    .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2Login(
            login ->
                login
                    .loginPage("/oauth2/authorization/" + REGISTRATION)
                    .authorizationEndpoint(a -> a.authorizationRequestResolver(withPkce)))
        .oauth2Client(Customizer.withDefaults())
        .logout(logout -> logout.logoutSuccessUrl("/signed-out").permitAll());
    return http.build();
  }

  @Bean
  OAuth2AuthorizedClientManager authorizedClientManager(
      ClientRegistrationRepository clients, OAuth2AuthorizedClientRepository authorized) {
    DefaultOAuth2AuthorizedClientManager manager =
        new DefaultOAuth2AuthorizedClientManager(clients, authorized);
    manager.setAuthorizedClientProvider(
        OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
    return manager;
  }
}
