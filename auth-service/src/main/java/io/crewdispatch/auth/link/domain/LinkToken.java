package io.crewdispatch.auth.link.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A raw link token: {@code cdl_} and 43 URL-safe characters carrying the 256 bits of an HMAC. It
 * exists only in AcceptLinkIssued and the email; everything we store or log is its {@link #hash()}.
 */
public final class LinkToken {

  /** A readable prefix, so a token pasted into a chat or a log is recognised for what it is. */
  public static final String PREFIX = "cdl_";

  private static final Pattern FORMAT = Pattern.compile("cdl_[A-Za-z0-9_-]{43}");

  private final String value;

  private LinkToken(String value) {
    this.value = value;
  }

  /**
   * Derives the token of one purpose of one call: the same call and key always give the same token,
   * and nobody without the key can compute or guess it.
   */
  public static LinkToken derive(LinkKey key, String charterId, String callId, Purpose purpose) {
    byte[] mac = key.sign("crew-dispatch/link/v1|" + purpose + "|" + charterId + "|" + callId);
    return new LinkToken(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(mac));
  }

  /** A well-formed token, or empty for anything that cannot be one (truncated, padded, foreign). */
  public static Optional<LinkToken> parse(String text) {
    if (text == null || !FORMAT.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new LinkToken(text));
  }

  public String value() {
    return value;
  }

  public TokenHash hash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
      return new TokenHash(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "LinkToken[" + hash().prefix() + "]"; // the raw value never reaches a log
  }
}
