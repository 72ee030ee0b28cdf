package io.crewdispatch.auth.link.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A server secret that tokens are derived from, named by an id so that keys can rotate: a call
 * remembers the id of the key its links came from, so a redelivered call re-derives the very same
 * links even after a new key took over.
 */
public final class LinkKey {

  /** HMAC-SHA256 keys shorter than its output would weaken the 256-bit tokens. */
  public static final int MIN_BYTES = 32;

  private final String id;
  private final SecretKeySpec secret;

  public LinkKey(String id, byte[] secret) {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("key id is blank");
    }
    if (secret == null || secret.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "key " + id + " must have at least " + MIN_BYTES + " bytes");
    }
    this.id = id;
    this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  public String id() {
    return id;
  }

  /** HMAC-SHA256 of {@code message} under this key. */
  public byte[] sign(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "LinkKey[" + id + "]"; // never the secret
  }
}
