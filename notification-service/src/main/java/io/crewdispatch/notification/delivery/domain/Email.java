package io.crewdispatch.notification.delivery.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A rendered message, ready for any transport. {@code messageId} is the RFC 5322 Message-ID,
 * derived from the notice so every attempt to send the same notice carries the same one.
 */
public record Email(
    Address from,
    List<Address> to,
    List<Address> cc,
    String subject,
    String html,
    String text,
    List<Attachment> attachments,
    String messageId) {

  public Email {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    attachments = List.copyOf(attachments);
  }

  /** A mailbox: an address and the name shown with it (may be blank). */
  public record Address(String email, String name) {}

  /** A file sent along. */
  public record Attachment(String fileName, String contentType, byte[] content) {}

  /** Every address the message goes to, To then Cc. */
  public List<String> recipients() {
    List<String> all = new ArrayList<>();
    to.forEach(a -> all.add(a.email()));
    cc.forEach(a -> all.add(a.email()));
    return all;
  }
}
