package io.crewdispatch.platform.security;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where tokens come from.
 *
 * @param issuerUri auth-service's issuer: tokens must name it in {@code iss}, and its keys are read
 *     from {@code <issuer-uri>/oauth2/jwks} (fetched on the first request, so services start in any
 *     order)
 * @param resourceServer false only in auth-service, which guards its own routes
 */
@Validated
@ConfigurationProperties("crewdispatch.security")
public record SecurityProperties(
    @NotNull @DefaultValue("http://localhost:8081") URI issuerUri,
    @DefaultValue("true") boolean resourceServer) {

  URI jwkSetUri() {
    String issuer = issuerUri.toString();
    return URI.create((issuer.endsWith("/") ? issuer : issuer + "/") + "oauth2/jwks");
  }
}
