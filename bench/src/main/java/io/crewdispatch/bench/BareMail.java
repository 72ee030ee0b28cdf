package io.crewdispatch.bench;

import io.crewdispatch.localstack.MailServer;
import io.crewdispatch.localstack.drive.Inbox;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bare pipeline's last hop, the one the stack's path ends with: the call email, sent with plain
 * Jakarta Mail to the stack's SMTP server, timed to the server's accepting it. The message is a
 * captain call as notification-service sends it (multipart/alternative, 8bit, To and Cc, a fixed
 * Message-ID), its text and HTML the captain call's snapshot that notification's template tests
 * keep true, with the booking's id for the vessel; it goes on one connection kept open, as
 * notification keeps one per sender. Each delivery is read as the stack's call watcher reads its
 * calls (parsed off the SMTP thread), so the bench's JVM does the same work for both.
 */
final class BareMail implements AutoCloseable {

  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
  private static final Pattern CALL = Pattern.compile("^Captain needed: ([0-9a-f-]{36}),");
  private static final Path SNAPSHOTS =
      Path.of("notification-service", "src", "test", "resources", "snapshots");

  private final Session session;
  private final Transport transport;
  private final String text = snapshot("call-captain.txt");
  private final String html = snapshot("call-captain.html");
  private final BlockingQueue<MailServer.Delivery> pending = new LinkedBlockingQueue<>();
  private final Thread reader;

  /**
   * Connects to the SMTP server on {@code smtpPort}; {@code accepted} is told the id and the
   * server's acceptance time of each call it receives.
   */
  BareMail(
      int smtpPort,
      Consumer<Consumer<MailServer.Delivery>> onDelivery,
      java.util.function.ObjLongConsumer<String> accepted)
      throws MessagingException {
    if (System.getProperty(STREAM_PROVIDER) == null) {
      // as notification-service does (MimeMessages): no ServiceLoader scan per message and part
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "localhost");
    properties.put("mail.smtp.port", String.valueOf(smtpPort));
    session = Session.getInstance(properties);
    transport = session.getTransport("smtp");
    transport.connect();
    onDelivery.accept(pending::add);
    reader = new Thread(() -> read(accepted), "bare-mail-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Builds and sends the call email for booking {@code id}; returns once the server took it. */
  void send(String id) throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<call." + id + "@example.com>");
          }
        };
    try {
      message.setFrom(new InternetAddress("dispatch@example.com", "Crew Dispatch", "UTF-8"));
      message.setRecipient(
          Message.RecipientType.TO,
          new InternetAddress("morgan-tide@example.com", "Morgan Tide", "UTF-8"));
      message.setRecipient(
          Message.RecipientType.CC,
          new InternetAddress("office@example.com", "Example Yacht Charters office", "UTF-8"));
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    message.setSubject("Captain needed: " + id + ", Sun Jun 14, 9:30 AM", "UTF-8");
    message.setSentDate(new Date());
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(part(fill(text, id), "plain"));
    alternative.addBodyPart(part(fill(html, id), "html"));
    message.setContent(alternative);
    message.saveChanges();
    try {
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException broken) {
      // a connection that failed is not used again, as in notification; the email goes on a new one
      transport.close();
      transport.connect();
      transport.sendMessage(message, message.getAllRecipients());
    }
  }

  private static String fill(String template, String id) {
    return template
        .replace("Sea Breeze", id)
        .replace("CH-1001", "bare-" + id)
        .replace("cd1_AbC-123_x", "cd1_accept_" + id)
        .replace("cd1_XyZ-789_y", "cd1_decline_" + id);
  }

  private static MimeBodyPart part(String content, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(content.replace("\n", "\r\n"), "UTF-8", subtype);
    part.setHeader("Content-Transfer-Encoding", "8bit");
    return part;
  }

  private void read(java.util.function.ObjLongConsumer<String> accepted) {
    while (true) {
      try {
        MailServer.Delivery delivery = pending.take();
        Matcher call = CALL.matcher(Inbox.read(delivery.message()).subject());
        if (call.find()) {
          accepted.accept(call.group(1), delivery.acceptedAtNanos());
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException unreadable) {
        // not a call of ours
      }
    }
  }

  /** From the repository the bench runs in (its root, or a module's directory under it). */
  private static String snapshot(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve(SNAPSHOTS))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no " + SNAPSHOTS + " above " + Path.of("").toAbsolutePath());
    }
    try {
      return Files.readString(dir.resolve(SNAPSHOTS).resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    reader.interrupt();
    try {
      transport.close();
    } catch (MessagingException ignored) {
      // the server is going away with the stack
    }
  }
}
