package io.crewdispatch.auth.signin.web;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.crewdispatch.auth.config.AuthProperties;
import io.crewdispatch.auth.signin.SignInGuard;
import io.crewdispatch.auth.signin.SigningKeyFile;
import io.crewdispatch.platform.security.ManagementPort;
import io.crewdispatch.platform.security.ProblemResponses;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * auth-service's three doors: the authorization server's endpoints ({@code /oauth2/*}, OpenID
 * discovery, JWKS), the crew pages (public, guarded by their own link tokens and form MACs, left
 * exactly as they were), and everything else, which needs an office sign-in (password form, or
 * Google when configured). Actuator only on the management port.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, as -> as.oidc(Customizer.withDefaults()))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
        .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain crewPagesChain(HttpSecurity http) throws Exception {
    // The crew pages carry their own CSRF scheme (a MAC bound to the link) and their own headers;
    // they keep no session.
    http.securityMatcher("/crew/**", "/assets/**")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable())
        .securityContext(context -> context.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain officeSignInChain(
      HttpSecurity http,
      Environment environment,
      ObjectProvider<ClientRegistrationRepository> google,
      GoogleOfficeUsers googleUsers)
      throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(new ManagementPort(environment))
                    .permitAll()
                    .requestMatchers("/login", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(Customizer.withDefaults())
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML))
                    .defaultAuthenticationEntryPointFor(
                        ProblemResponses.unauthorized(), request -> true));
    if (google.getIfAvailable() != null) {
      http.oauth2Login(
          login -> login.loginPage("/login").userInfoEndpoint(u -> u.oidcUserService(googleUsers)));
    }
    return http.build();
  }

  @Bean
  FilterRegistrationBean<SignInRateLimit> signInRateLimit(SignInGuard guard) {
    FilterRegistrationBean<SignInRateLimit> registration =
        new FilterRegistrationBean<>(new SignInRateLimit(guard));
    registration.addUrlPatterns("/login", "/oauth2/token");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(AuthProperties properties) {
    return new ImmutableJWKSet<>(
        new JWKSet(SigningKeyFile.loadOrCreate(Path.of(properties.signIn().signingKeyFile()))));
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(AuthProperties properties) {
    String issuer = properties.signIn().issuer();
    return AuthorizationServerSettings.builder()
        .issuer(issuer.isBlank() ? properties.publicBaseUrl() : issuer)
        .build();
  }
}
