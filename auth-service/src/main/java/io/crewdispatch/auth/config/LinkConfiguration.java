package io.crewdispatch.auth.config;

import io.crewdispatch.auth.link.application.LinkUrls;
import io.crewdispatch.auth.link.domain.ExpiryPolicy;
import io.crewdispatch.auth.link.domain.FormTokens;
import io.crewdispatch.auth.link.domain.LinkKey;
import io.crewdispatch.auth.link.domain.LinkKeys;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns the settings into the link domain's keys and policies; a bad key stops the start. */
@Configuration(proxyBeanMethods = false)
class LinkConfiguration {

  @Bean
  LinkKeys linkKeys(AuthProperties properties) {
    AuthProperties.Token token = properties.token();
    LinkKey current =
        key(token.keyId(), token.key(), "crewdispatch.auth.token.key (AUTH_TOKEN_KEY)");
    List<LinkKey> retired = new ArrayList<>();
    for (String entry : token.retiredKeys()) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.indexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException(
            "crewdispatch.auth.token.retired-keys (AUTH_TOKEN_RETIRED_KEYS) entries are id:base64");
      }
      retired.add(
          key(
              entry.substring(0, colon).trim(),
              entry.substring(colon + 1).trim(),
              "retired key " + entry.substring(0, colon).trim()));
    }
    return new LinkKeys(current, retired);
  }

  @Bean
  ExpiryPolicy expiryPolicy(AuthProperties properties) {
    return new ExpiryPolicy(properties.link().grace());
  }

  @Bean
  FormTokens formTokens(LinkKeys keys, AuthProperties properties) {
    return new FormTokens(keys, properties.link().formLifetime());
  }

  @Bean
  LinkUrls linkUrls(AuthProperties properties) {
    return new LinkUrls(URI.create(properties.publicBaseUrl()));
  }

  private static LinkKey key(String id, String base64, String what) {
    byte[] secret;
    try {
      secret =
          base64.contains("-") || base64.contains("_")
              ? Base64.getUrlDecoder().decode(base64)
              : Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(what + " is not valid base64", e);
    }
    if (secret.length < LinkKey.MIN_BYTES) {
      throw new IllegalStateException(
          what
              + " must be the base64 of at least "
              + LinkKey.MIN_BYTES
              + " random bytes, not "
              + secret.length);
    }
    return new LinkKey(id, secret);
  }
}
