package io.crewdispatch.auth.portal.domain;

import io.crewdispatch.auth.link.domain.TokenHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A member's personal portal token: {@code cdp_} and the 43 URL-safe characters of 256 random bits.
 * Unlike a call's links it is not derived from anything, so nothing but its SHA-256 {@link #hash()}
 * is ever stored: a rotation makes a new one and the old one is gone for good.
 */
public final class PortalToken {

  /** Not {@code cdl_}: a portal token is never mistaken for an accept or decline link. */
  public static final String PREFIX = "cdp_";

  private static final Pattern FORMAT = Pattern.compile("cdp_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private PortalToken(String value) {
    this.value = value;
  }

  public static PortalToken random() {
    byte[] bits = new byte[32];
    RANDOM.nextBytes(bits);
    return new PortalToken(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
  }

  /** A well-formed token, or empty for anything that cannot be one. */
  public static Optional<PortalToken> parse(String text) {
    if (text == null || !FORMAT.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new PortalToken(text));
  }

  public String value() {
    return value;
  }

  public TokenHash hash() {
    return new TokenHash(sha256(value));
  }

  /** SHA-256 in hex: also how an email address is keyed, so the table's keys hold no address. */
  public static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "PortalToken[" + hash().prefix() + "]"; // the raw value never reaches a log
  }
}
