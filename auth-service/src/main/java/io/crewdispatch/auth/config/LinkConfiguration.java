package io.crewdispatch.auth.config;

import io.crewdispatch.auth.link.application.LinkUrls;
import io.crewdispatch.auth.link.domain.AnswerReceipts;
import io.crewdispatch.auth.link.domain.ExpiryPolicy;
import io.crewdispatch.auth.link.domain.FormTokens;
import io.crewdispatch.auth.link.domain.LinkKey;
import io.crewdispatch.auth.link.domain.LinkKeys;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns the settings into the link domain's keys and policies; a bad key stops the start. */
@Configuration(proxyBeanMethods = false)
class LinkConfiguration {

  /**
   * The local profile's key (application-local.yml). It is in the repository, so anyone can forge
   * links made with it: it is only accepted while the links point at this machine.
   */
  static final String DEVELOPMENT_KEY =
      "REVWRUxPUE1FTlQtT05MWSBrZXk6IG5ldmVyIHVzZSBpdCBhbnl3aGVyZSByZWFsIQ==";

  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

  @Bean
  LinkKeys linkKeys(AuthProperties properties) {
    AuthProperties.Token token = properties.token();
    refuseDevelopmentKeyInPublic(token, properties.publicBaseUrl());
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
  AnswerReceipts answerReceipts(LinkKeys keys) {
    return new AnswerReceipts(keys);
  }

  /** The development key with a public URL would let anyone answer any call: refuse to start. */
  static void refuseDevelopmentKeyInPublic(AuthProperties.Token token, String publicBaseUrl) {
    boolean development =
        DEVELOPMENT_KEY.equals(token.key().trim())
            || token.retiredKeys().stream().anyMatch(k -> k.trim().endsWith(":" + DEVELOPMENT_KEY));
    String host = URI.create(publicBaseUrl).getHost();
    if (development && (host == null || !LOOPBACK_HOSTS.contains(host.toLowerCase(Locale.ROOT)))) {
      throw new IllegalStateException(
          "crewdispatch.auth.token.key (AUTH_TOKEN_KEY) is the development key of the local"
              + " profile, which is public (it is in the repository), and the crew pages'"
              + " public base URL is "
              + publicBaseUrl
              + ": links could be forged by anyone. It is only accepted with a localhost or"
              + " 127.0.0.1 base URL. Set AUTH_TOKEN_KEY to a key of your own, e.g. the output of"
              + " `openssl rand -base64 32`.");
    }
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
