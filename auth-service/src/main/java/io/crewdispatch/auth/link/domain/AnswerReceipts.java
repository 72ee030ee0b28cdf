package io.crewdispatch.auth.link.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The proof in an answer's status address ({@code /crew/answers/<callId>/<receipt>}): a MAC of the
 * call and the instant it was answered. The address carries no link token (it ends up in access
 * logs and browser history), cannot be guessed from the callId, and stops working if the call is
 * ever answered anew.
 */
public final class AnswerReceipts {

  private final LinkKeys keys;

  public AnswerReceipts(LinkKeys keys) {
    this.keys = keys;
  }

  /** The receipt of an answered call; null while it is unanswered. */
  public String issue(CallLinks call) {
    return call.answeredAt() == null ? null : mac(keys.current(), call);
  }

  public boolean verify(String receipt, CallLinks call) {
    if (receipt == null || call.answeredAt() == null) {
      return false;
    }
    byte[] presented = receipt.getBytes(StandardCharsets.US_ASCII);
    boolean matched = false;
    for (LinkKey key : keys.all()) {
      matched |=
          MessageDigest.isEqual(mac(key, call).getBytes(StandardCharsets.US_ASCII), presented);
    }
    return matched;
  }

  private static String mac(LinkKey key, CallLinks call) {
    byte[] mac =
        key.sign(
            "crew-dispatch/answer/v1|" + call.callId() + "|" + call.answeredAt().toEpochMilli());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
  }
}
