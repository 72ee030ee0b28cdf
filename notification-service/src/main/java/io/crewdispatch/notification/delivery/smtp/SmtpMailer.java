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
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.function.LongSupplier;

/**
 * Sends through any SMTP server with Jakarta Mail. A 5xx reply (mailbox unavailable, address
 * rejected) is permanent; a 4xx reply or a connection problem is worth trying again later.
 *
 * <p>Keeps open connections for reuse, one per concurrent sender (the listener threads): opening
 * and closing a connection per message costs tens of milliseconds, a message on an open one about
 * one. Messages are built outside any lock, so senders only wait for the network. A connection idle
 * for longer than {@link #TRUSTED_IDLE} is checked (NOOP) before reuse; one used more recently is
 * trusted, which saves a round trip per message under load (servers keep idle connections for
 * minutes; RFC 5321 asks at least five). A connection that fails is closed, never reused.
 */
class SmtpMailer implements AutoCloseable {

  static final Duration TRUSTED_IDLE = Duration.ofSeconds(10);

  private final Session session;
  private final MimeMessages messages;
  private final NotificationProperties.Smtp smtp;
  private final LongSupplier nanoTime;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private boolean closed;

  SmtpMailer(NotificationProperties.Smtp smtp, MimeMessages messages) {
    this(smtp, messages, System::nanoTime);
  }

  /** With the monotonic clock that ages idle connections (tests advance their own). */
  SmtpMailer(NotificationProperties.Smtp smtp, MimeMessages messages, LongSupplier nanoTime) {
    this.smtp = smtp;
    this.messages = messages;
    this.nanoTime = nanoTime;
    this.session = Session.getInstance(sessionProperties(smtp));
  }

  /** An open transport and when it last finished a message. */
  private record Connection(Transport transport, long lastUsedNanos) {}

  SentMail send(Email email) {
    MimeMessage message = messages.build(session, email);
    Transport transport = null;
    String messageId;
    try {
      messageId = message.getMessageID();
      transport = take();
      transport.sendMessage(message, message.getAllRecipients());
      release(transport);
    } catch (CleartextRefused e) {
      // Not the message's fault, nor the server's mood: held and retried until someone fixes it.
      throw new TransientDeliveryException(e.getMessage(), e);
    } catch (MessagingException e) {
      // Whatever state that session is in now, later messages go on another.
      closeQuietly(transport);
      throw classify(e);
    } catch (RuntimeException e) {
      closeQuietly(transport);
      throw e;
    }
    return new SentMail(messageId, MimeMessages.bytes(message));
  }

  @Override
  public void close() {
    List<Connection> open;
    synchronized (this) {
      closed = true;
      open = List.copyOf(idle);
      idle.clear();
    }
    open.forEach(connection -> closeQuietly(connection.transport()));
  }

  /** The most recently used idle connection that is still good, else a new one. */
  private Transport take() throws MessagingException {
    while (true) {
      Connection candidate;
      synchronized (this) {
        candidate = idle.pollFirst();
      }
      if (candidate == null) {
        return open();
      }
      boolean recent = nanoTime.getAsLong() - candidate.lastUsedNanos() < TRUSTED_IDLE.toNanos();
      if (recent || candidate.transport().isConnected()) {
        return candidate.transport();
      }
      closeQuietly(candidate.transport());
    }
  }

  private void release(Transport transport) {
    synchronized (this) {
      if (!closed) {
        idle.addFirst(new Connection(transport, nanoTime.getAsLong()));
        return;
      }
    }
    closeQuietly(transport);
  }

  private Transport open() throws MessagingException {
    Transport transport = session.getTransport("smtp");
    if (smtp.username().isBlank()) {
      transport.connect();
      return transport;
    }
    try {
      transport.connect(smtp.username(), smtp.password());
    } catch (MessagingException e) {
      if (String.valueOf(e.getMessage()).contains("STARTTLS")) {
        throw new CleartextRefused(smtp, e);
      }
      throw e;
    }
    return transport;
  }

  /** The server offered no STARTTLS, so the password was not sent. */
  static final class CleartextRefused extends MessagingException {
    CleartextRefused(NotificationProperties.Smtp smtp, MessagingException cause) {
      super(
          "SMTP server "
              + smtp.host()
              + ":"
              + smtp.port()
              + " does not offer STARTTLS; with a username set (SMTP_USERNAME) the password is"
              + " never sent in the clear. Use the server's submission port (587) with STARTTLS,"
              + " or leave SMTP_USERNAME empty for a relay that needs no login.",
          cause);
    }
  }

  private static void closeQuietly(Transport transport) {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException alreadyGone) {
        // nothing to release
      }
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
    boolean credentials = !smtp.username().isBlank();
    props.put("mail.smtp.auth", String.valueOf(credentials));
    // A password only ever crosses an encrypted connection: with credentials STARTTLS is required
    // whatever SMTP_STARTTLS says, and a server that does not offer it gets no AUTH at all.
    boolean tls = smtp.startTls() || credentials;
    props.put("mail.smtp.starttls.enable", String.valueOf(tls));
    props.put("mail.smtp.starttls.required", String.valueOf(tls));
    // Report every bad recipient, not just the first, and send to none if one is bad.
    props.put("mail.smtp.sendpartial", "false");
    return props;
  }
}
