package io.crewdispatch.localstack.drive;

import io.crewdispatch.localstack.LocalStack;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * What the SMTP server has accepted, read the way a person reads mail: by recipient and subject.
 */
public final class Inbox {

  private static final Pattern LINK =
      Pattern.compile("https?://[^\\s\"'<>]+/crew/(accept|decline)\\?token=[A-Za-z0-9_\\-.~%]+");

  private final LocalStack stack;

  public Inbox(LocalStack stack) {
    this.stack = stack;
  }

  /** A message as a test needs it: who, subject, both bodies. */
  public record Mail(List<String> to, List<String> cc, String subject, String text, String html) {

    public String acceptUrl() {
      return link("accept");
    }

    public String declineUrl() {
      return link("decline");
    }

    private String link(String kind) {
      Matcher m = LINK.matcher(text);
      while (m.find()) {
        if (m.group(1).equals(kind)) {
          return m.group();
        }
      }
      throw new AssertionError(
          "no " + kind + " link in the plain-text part of \"" + subject + "\"");
    }
  }

  public Mail await(String recipient, String subjectContains) {
    return await(recipient, subjectContains, Duration.ofSeconds(60));
  }

  public Mail await(String recipient, String subjectContains, Duration wait) {
    return Awaitility.await("mail to " + recipient + " about \"" + subjectContains + "\"")
        .atMost(wait)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> find(recipient, subjectContains), Optional::isPresent)
        .orElseThrow();
  }

  public List<Mail> all(String recipient, String subjectContains) {
    return stack.receivedMail().stream()
        .map(Inbox::read)
        .filter(
            m ->
                Stream.concat(m.to().stream(), m.cc().stream())
                    .anyMatch(a -> a.equalsIgnoreCase(recipient)))
        .filter(m -> m.subject().contains(subjectContains))
        .toList();
  }

  public Optional<Mail> find(String recipient, String subjectContains) {
    return all(recipient, subjectContains).stream().findFirst();
  }

  public static Mail read(MimeMessage message) {
    try {
      List<String> to = addresses(message.getRecipients(Message.RecipientType.TO));
      List<String> cc = addresses(message.getRecipients(Message.RecipientType.CC));
      List<String> parts = new ArrayList<>(List.of("", ""));
      collect(message, parts);
      return new Mail(to, cc, message.getSubject(), parts.get(0), parts.get(1));
    } catch (Exception e) {
      throw new IllegalStateException("unreadable message", e);
    }
  }

  private static void collect(Part part, List<String> parts) throws Exception {
    if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      parts.set(0, parts.get(0) + part.getContent());
    } else if (part.isMimeType("text/html")) {
      parts.set(1, parts.get(1) + part.getContent());
    } else if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        collect(body, parts);
      }
    }
  }

  private static List<String> addresses(Address[] addresses) {
    if (addresses == null) {
      return List.of();
    }
    return Arrays.stream(addresses)
        .map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress())
        .toList();
  }
}
