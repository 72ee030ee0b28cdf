package io.crewdispatch.notification.delivery.smtp;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.PermanentDeliveryException;
import io.crewdispatch.notification.delivery.application.SentMail;
import io.crewdispatch.notification.delivery.application.TransientDeliveryException;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.mime.MimeMessages;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/**
 * Sends through any SMTP server with Jakarta Mail. A 5xx reply (mailbox unavailable, address
 * rejected) is permanent; a 4xx reply or a connection problem is worth trying again later.
 *
 * <p>Keeps one connection open and checks it (NOOP) before each message: opening and closing a
 * connection per message costs tens of milliseconds, a message on an open one about one. Sends are
 * serialized on it, which at that speed is no bottleneck.
 */
class SmtpMailer implements AutoCloseable {

  private final Session session;
  private final MimeMessages messages;
  private final NotificationProperties.Smtp smtp;

  SmtpMailer(NotificationProperties.Smtp smtp, MimeMessages messages) {
    this.smtp = smtp;
    this.messages = messages;
    this.session = Session.getInstance(sessionProperties(smtp));
  }

  private Transport connection;

  synchronized SentMail send(Email email) {
    MimeMessage message = messages.build(session, email);
    try {
      connected().sendMessage(message, message.getAllRecipients());
      return new SentMail(message.getMessageID(), MimeMessages.bytes(message));
    } catch (MessagingException e) {
      // Whatever state the session is in now, the next message starts on a fresh one.
      disconnect();
      throw classify(e);
    }
  }

  @Override
  public synchronized void close() {
    disconnect();
  }

  private Transport connected() throws MessagingException {
    if (connection != null && connection.isConnected()) {
      return connection;
    }
    disconnect();
    Transport transport = session.getTransport("smtp");
    if (smtp.username().isBlank()) {
      transport.connect();
    } else {
      transport.connect(smtp.username(), smtp.password());
    }
    connection = transport;
    return transport;
  }

  private void disconnect() {
    if (connection != null) {
      try {
        connection.close();
      } catch (MessagingException alreadyGone) {
        // nothing to release
      }
      connection = null;
    }
  }

  static RuntimeException classify(MessagingException e) {
    int reply = SmtpReplies.code(e);
    String summary = "SMTP send failed" + (reply > 0 ? " with reply " + reply : "");
    if (reply >= 500) {
      return new PermanentDeliveryException(summary, SmtpReplies.text(e), e);
    }
    return new TransientDeliveryException(summary + ": " + e.getClass().getSimpleName(), e);
  }

  private static Properties sessionProperties(NotificationProperties.Smtp smtp) {
    String timeout = String.valueOf(smtp.timeout().toMillis());
    Properties props = new Properties();
    props.put("mail.smtp.host", smtp.host());
    props.put("mail.smtp.port", String.valueOf(smtp.port()));
    props.put("mail.smtp.connectiontimeout", timeout);
    props.put("mail.smtp.timeout", timeout);
    props.put("mail.smtp.writetimeout", timeout);
    props.put("mail.smtp.auth", String.valueOf(!smtp.username().isBlank()));
    props.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
    props.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
    // Report every bad recipient, not just the first, and send to none if one is bad.
    props.put("mail.smtp.sendpartial", "false");
    return props;
  }
}
