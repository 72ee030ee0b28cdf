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
 */
class SmtpMailer {

  private final Session session;
  private final MimeMessages messages;
  private final NotificationProperties.Smtp smtp;

  SmtpMailer(NotificationProperties.Smtp smtp, MimeMessages messages) {
    this.smtp = smtp;
    this.messages = messages;
    this.session = Session.getInstance(sessionProperties(smtp));
  }

  SentMail send(Email email) {
    MimeMessage message = messages.build(session, email);
    try {
      if (smtp.username().isBlank()) {
        Transport.send(message);
      } else {
        Transport.send(message, smtp.username(), smtp.password());
      }
      return new SentMail(message.getMessageID(), MimeMessages.bytes(message));
    } catch (MessagingException e) {
      throw classify(e);
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
