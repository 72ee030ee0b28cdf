package io.crewdispatch.auth.link.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/** The SHA-256 of a link token, in lower-case hex: the table's key and what logs may show. */
public record TokenHash(String hex) {

  public TokenHash {
    Objects.requireNonNull(hex, "hex");
  }

  /** Enough to tell links apart in a log, far too little to find one. */
  public String prefix() {
    return hex.substring(0, Math.min(12, hex.length()));
  }

  /** Compares in constant time, so response timing tells nothing about how much matched. */
  public boolean sameAs(TokenHash other) {
    return other != null
        && MessageDigest.isEqual(
            hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
  }
}
