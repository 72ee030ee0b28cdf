package io.crewdispatch.localstack.faults;

import io.crewdispatch.localstack.LocalStack;
import io.crewdispatch.localstack.MailServer;
import io.crewdispatch.localstack.drive.Inbox;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every delivery the SMTP server accepts, one per recipient, in order: what a duplicate is (the
 * same Message-ID, or a charter's same subject, to the same person twice) and what the office's
 * dead-letter digests listed.
 */
final class MailLog {

  /** One line of notification-service's dead-letter digest (templates/mail/dead-letter-digest). */
  private static final Pattern DIGEST_LINE =
      Pattern.compile(
          "^- (\\S+) gave up on \\S+ from (\\S+) \\(partition (\\d+), offset (-?\\d+)",
          Pattern.MULTILINE);

  record Delivery(
      int seq,
      long acceptedAtNanos,
      String recipient,
      String messageId,
      String subject,
      String text) {}

  /** A record the digest names: who gave up on which record. */
  record DigestLine(String service, String topic, int partition, long offset) {}

  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

  MailLog(LocalStack stack) {
    stack.onMailDelivery(this::accepted);
  }

  private void accepted(MailServer.Delivery delivery) {
    try {
      String subject = delivery.message().getSubject();
      String text =
          subject != null && subject.contains("could not be handled")
              ? Inbox.read(delivery.message()).text()
              : "";
      deliveries.add(
          new Delivery(
              deliveries.size(),
              delivery.acceptedAtNanos(),
              delivery.recipient().toLowerCase(),
              delivery.message().getMessageID(),
              subject,
              text));
    } catch (Exception e) {
      throw new IllegalStateException("unreadable delivery", e);
    }
  }

  /** The first delivery of {@code repeat}'s Message-ID to its recipient, if it repeats one. */
  java.util.Optional<Delivery> firstCopy(Delivery repeat) {
    return deliveries.stream()
        .filter(
            d ->
                d.seq() < repeat.seq()
                    && d.recipient().equals(repeat.recipient())
                    && d.messageId() != null
                    && d.messageId().equals(repeat.messageId()))
        .findFirst();
  }

  int size() {
    return deliveries.size();
  }

  /**
   * Deliveries that repeat an earlier one to the same recipient: the same Message-ID, or (for the
   * charter mails {@code charterMail} picks) the same subject. Each repeat counts once.
   */
  List<Delivery> duplicates(Predicate<Delivery> charterMail) {
    Set<String> byId = new HashSet<>();
    Set<String> bySubject = new HashSet<>();
    return deliveries.stream()
        .filter(
            d -> {
              boolean repeatId = !byId.add(d.recipient() + "|" + d.messageId());
              boolean repeatSubject =
                  charterMail.test(d) && !bySubject.add(d.recipient() + "|" + d.subject());
              return repeatId || repeatSubject;
            })
        .toList();
  }

  /** Every line of every dead-letter digest the office received. */
  List<DigestLine> digestLines(String office) {
    return deliveries.stream()
        .filter(d -> d.recipient().equalsIgnoreCase(office))
        .flatMap(
            d -> {
              Matcher m = DIGEST_LINE.matcher(d.text());
              List<DigestLine> lines = new java.util.ArrayList<>();
              while (m.find()) {
                lines.add(
                    new DigestLine(
                        m.group(1),
                        m.group(2),
                        Integer.parseInt(m.group(3)),
                        Long.parseLong(m.group(4))));
              }
              return lines.stream();
            })
        .toList();
  }

  List<Delivery> all() {
    return List.copyOf(deliveries);
  }
}
