package io.crewdispatch.auth.link.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The hidden field that protects the POST of a login-free link: a MAC of the link's hash and the
 * time its page was rendered. A POST must come from a page we rendered for that very link, within
 * its lifetime; a form from one link (or charter) cannot submit another link's token.
 */
public final class FormTokens {

  private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private final LinkKeys keys;
  private final Duration lifetime;

  public FormTokens(LinkKeys keys, Duration lifetime) {
    this.keys = keys;
    this.lifetime = lifetime;
  }

  public String issue(TokenHash link, Instant now) {
    long at = now.getEpochSecond();
    return at + "." + mac(keys.current(), link, at);
  }

  public boolean verify(String formToken, TokenHash link, Instant now) {
    if (formToken == null) {
      return false;
    }
    int dot = formToken.indexOf('.');
    if (dot <= 0 || dot > 19) {
      return false;
    }
    long at;
    try {
      at = Long.parseLong(formToken.substring(0, dot));
    } catch (NumberFormatException e) {
      return false;
    }
    Instant issued = Instant.ofEpochSecond(at);
    if (issued.isAfter(now.plus(CLOCK_SKEW)) || issued.plus(lifetime).isBefore(now)) {
      return false;
    }
    byte[] presented = formToken.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    boolean matched = false;
    for (LinkKey key : keys.all()) {
      byte[] expected = mac(key, link, at).getBytes(StandardCharsets.US_ASCII);
      matched |= MessageDigest.isEqual(expected, presented);
    }
    return matched;
  }

  private static String mac(LinkKey key, TokenHash link, long at) {
    byte[] mac = key.sign("crew-dispatch/form/v1|" + link.hex() + "|" + at);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
  }
}
