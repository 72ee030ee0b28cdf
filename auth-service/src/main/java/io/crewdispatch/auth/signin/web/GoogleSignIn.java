package io.crewdispatch.auth.signin.web;

import io.crewdispatch.auth.config.AuthProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/** Google as the office's identity provider, when its client id is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${crewdispatch.auth.sign-in.google.client-id:}' != ''")
class GoogleSignIn {

  @Bean
  ClientRegistrationRepository googleRegistration(AuthProperties properties) {
    AuthProperties.Google google = properties.signIn().google();
    return new InMemoryClientRegistrationRepository(
        CommonOAuth2Provider.GOOGLE
            .getBuilder("google")
            .clientId(google.clientId())
            .clientSecret(google.clientSecret())
            .userNameAttributeName("email")
            .build());
  }
}
