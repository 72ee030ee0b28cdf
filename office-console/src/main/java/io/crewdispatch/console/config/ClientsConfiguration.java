package io.crewdispatch.console.config;

import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * HTTP clients: to dispatch and reporting with the signed-in office user's access token, and a
 * plain one for the services' health endpoints.
 */
@Configuration(proxyBeanMethods = false)
class ClientsConfiguration {

  @Bean
  RestClient officeRestClient(OAuth2AuthorizedClientManager manager, ConsoleProperties properties) {
    OAuth2ClientHttpRequestInterceptor withToken = new OAuth2ClientHttpRequestInterceptor(manager);
    withToken.setClientRegistrationIdResolver(request -> SecurityConfiguration.REGISTRATION);
    return RestClient.builder()
        .requestFactory(requestFactory(properties))
        .requestInterceptor(withToken)
        .build();
  }

  @Bean
  RestClient healthRestClient(ConsoleProperties properties) {
    return RestClient.builder().requestFactory(requestFactory(properties)).build();
  }

  private static JdkClientHttpRequestFactory requestFactory(ConsoleProperties properties) {
    JdkClientHttpRequestFactory factory =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(properties.healthTimeout()).build());
    factory.setReadTimeout(properties.healthTimeout().multipliedBy(5));
    return factory;
  }
}
