package io.crewdispatch.notification.schedule.application;

import io.crewdispatch.notification.config.NotificationProperties;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals a call's links with AES-GCM while the follow-up waits in notification-schedule: the links
 * are bearer secrets, and no table may hold them as they are. The item's id is authenticated with
 * them, so a sealed link cannot be moved to another person's item.
 */
@Component
public class LinkSeal {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  LinkSeal(NotificationProperties properties) {
    String configured = properties.schedule().linkKey();
    if (configured == null || configured.isBlank()) {
      this.key = null;
      return;
    }
    byte[] bytes = Base64.getDecoder().decode(configured.strip());
    if (bytes.length != 32) {
      throw new IllegalStateException("SMS_LINK_KEY must be 32 bytes, base64-encoded");
    }
    this.key = new SecretKeySpec(bytes, "AES");
  }

  public boolean available() {
    return key != null;
  }

  public String seal(String link, String itemId) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, itemId);
      byte[] sealed = cipher.doFinal(link.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not seal a link", e);
    }
  }

  public String open(String sealed, String itemId) {
    try {
      byte[] all = Base64.getDecoder().decode(sealed);
      byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, itemId);
      byte[] link = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
      return new String(link, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Could not open a sealed link (was SMS_LINK_KEY changed?)", e);
    }
  }

  private Cipher cipher(int mode, byte[] nonce, String itemId) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(itemId.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }
}
