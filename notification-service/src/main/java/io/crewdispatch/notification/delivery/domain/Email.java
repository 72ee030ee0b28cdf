package io.crewdispatch.notification.delivery.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A rendered message, ready for any transport. {@code messageId} is the RFC 5322 Message-ID,
 * derived from the notice so every attempt to send the same notice carries the same one. {@code
 * calendar} is the iTIP invitation or cancellation it carries, or null.
 */
public record Email(
    Address from,
    List<Address> to,
    List<Address> cc,
    String subject,
    String html,
    String text,
    List<Attachment> attachments,
    String messageId,
    CalendarPart calendar) {

  public Email {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    attachments = List.copyOf(attachments);
  }

  /** A message without a calendar part. */
  public Email(
      Address from,
      List<Address> to,
      List<Address> cc,
      String subject,
      String html,
      String text,
      List<Attachment> attachments,
      String messageId) {
    this(from, to, cc, subject, html, text, attachments, messageId, null);
  }

  /** A mailbox: an address and the name shown with it (may be blank). */
  public record Address(String email, String name) {}

  /** A file sent along. */
  public record Attachment(String fileName, String contentType, byte[] content) {}

  /**
   * An iCalendar object sent as a {@code text/calendar} part: {@code method} (REQUEST or CANCEL) is
   * the iTIP method, which RFC 6047 wants both in the object and on the part's content type.
   */
  public record CalendarPart(String method, byte[] content) {}

  /** Every address the message goes to, To then Cc. */
  public List<String> recipients() {
    List<String> all = new ArrayList<>();
    to.forEach(a -> all.add(a.email()));
    cc.forEach(a -> all.add(a.email()));
    return all;
  }
}
