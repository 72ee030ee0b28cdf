package io.crewdispatch.notification.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a received message the way a mail client would: decoded parts, addresses, links. */
public final class Mails {

  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

  private Mails() {}

  public static MimeMessage parse(byte[] raw) {
    try {
      return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(Message message) {
    return part(message, "text/plain");
  }

  public static String html(Message message) {
    return part(message, "text/html");
  }

  public static List<String> to(Message message) {
    return addresses(message, Message.RecipientType.TO);
  }

  public static List<String> cc(Message message) {
    return addresses(message, Message.RecipientType.CC);
  }

  /** Every href in the HTML, with HTML entities decoded as a browser would. */
  public static List<String> hrefs(String html) {
    List<String> out = new ArrayList<>();
    Matcher matcher = HREF.matcher(html);
    while (matcher.find()) {
      out.add(
          matcher
              .group(1)
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&quot;", "\"")
              .replace("&#39;", "'")
              .replace("&amp;", "&"));
    }
    return out;
  }

  /** Attachments as file name and bytes. */
  public static List<Attachment> attachments(Message message) {
    List<Attachment> out = new ArrayList<>();
    try {
      collect(message, out);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  public record Attachment(String fileName, String contentType, byte[] content) {}

  private static void collect(Part part, List<Attachment> out) throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), out);
      }
    } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      try (InputStream in = part.getInputStream()) {
        out.add(new Attachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
      }
    }
  }

  private static String part(Part part, String type) {
    try {
      if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        return (String) part.getContent();
      }
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          String found = part(child, type);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> addresses(Message message, Message.RecipientType type) {
    try {
      var addresses = message.getRecipients(type);
      return addresses == null
          ? List.of()
          : Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] bytes(MimeMessage message) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      message.writeTo(out);
      return out.toByteArray();
    } catch (IOException | jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
