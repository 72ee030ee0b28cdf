package io.crewdispatch.notification.delivery.mime;

import io.crewdispatch.notification.delivery.application.PermanentDeliveryException;
import io.crewdispatch.notification.delivery.domain.Email;
import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Builds the RFC 822 message both transports send and the archive keeps: multipart/alternative
 * (plain text, then HTML, then a calendar invitation when there is one), wrapped in multipart/mixed
 * when files are attached (the invitation is attached too, as {@code invite.ics}).
 *
 * <p>Text parts go as 8bit UTF-8 whenever every line fits SMTP's 998-octet limit, so links appear
 * verbatim in the raw message (quoted-printable would turn {@code token=} into {@code token=3D} and
 * may break a long URL across lines); otherwise Jakarta Mail picks quoted-printable.
 */
public final class MimeMessages {

  private static final int MAX_LINE_OCTETS = 998;
  private static final String INVITE_FILE = "invite.ics";
  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static {
    // Jakarta Mail 2.1 looks its StreamProvider up with ServiceLoader for every message and part
    // it builds (jakartaee/mail-api#861), scanning each jar nested in the service's jar: a quarter
    // of this service's CPU under load. Named here, the lookup is a plain class load.
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  private final Clock clock;

  public MimeMessages(Clock clock) {
    this.clock = clock;
  }

  /** The message, headers final. A malformed address can never be sent: permanent failure. */
  public MimeMessage build(Session session, Email email) {
    try {
      MimeMessage message = new FixedIdMessage(session, email.messageId());
      message.setFrom(address(email.from()));
      message.setRecipients(Message.RecipientType.TO, addresses(email.to()));
      if (!email.cc().isEmpty()) {
        message.setRecipients(Message.RecipientType.CC, addresses(email.cc()));
      }
      message.setSubject(email.subject(), "UTF-8");
      message.setSentDate(Date.from(clock.instant()));
      message.setContent(body(email));
      message.saveChanges();
      return message;
    } catch (AddressException e) {
      throw new PermanentDeliveryException(
          "Invalid address", "Invalid email address: " + e.getRef(), e);
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot build the message " + email.messageId(), e);
    }
  }

  /** The bytes exactly as sent. */
  public static byte[] bytes(MimeMessage message) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      message.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot write the message", e);
    }
  }

  private static Multipart body(Email email) throws MessagingException {
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(textPart(email.text(), "plain"));
    alternative.addBodyPart(textPart(email.html(), "html"));
    List<Email.Attachment> files = new ArrayList<>(email.attachments());
    if (email.calendar() != null) {
      alternative.addBodyPart(calendarPart(email.calendar()));
      files.add(new Email.Attachment(INVITE_FILE, "application/ics", email.calendar().content()));
    }
    if (files.isEmpty()) {
      return alternative;
    }
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart wrapper = new MimeBodyPart();
    wrapper.setContent(alternative);
    mixed.addBodyPart(wrapper);
    for (Email.Attachment attachment : files) {
      mixed.addBodyPart(attachmentPart(attachment));
    }
    return mixed;
  }

  /**
   * RFC 6047: the iTIP object as the last alternative, {@code text/calendar} with its method on the
   * content type, the form calendar-aware mail clients look for to show an invitation or apply a
   * cancellation. The same bytes also go as {@code invite.ics} for clients that only offer
   * attachments.
   */
  private static BodyPart calendarPart(Email.CalendarPart calendar) throws MessagingException {
    String type = "text/calendar; charset=UTF-8; method=" + calendar.method();
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar.content(), type)));
    if (linesFit(new String(calendar.content(), StandardCharsets.UTF_8))) {
      part.setHeader("Content-Transfer-Encoding", "8bit");
    }
    return part;
  }

  private static BodyPart textPart(String content, String subtype) throws MessagingException {
    String crlf = content.replace("\r\n", "\n").replace("\n", "\r\n");
    MimeBodyPart part = new MimeBodyPart();
    part.setText(crlf, "UTF-8", subtype);
    if (linesFit(crlf)) {
      // Set after setText, which clears it; saveChanges keeps an encoding that is already set.
      part.setHeader("Content-Transfer-Encoding", "8bit");
    }
    return part;
  }

  private static BodyPart attachmentPart(Email.Attachment attachment) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(
        new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
    part.setFileName(attachment.fileName());
    part.setDisposition(MimeBodyPart.ATTACHMENT);
    return part;
  }

  private static boolean linesFit(String crlf) {
    for (String line : crlf.split("\r\n", -1)) {
      if (line.getBytes(StandardCharsets.UTF_8).length > MAX_LINE_OCTETS) {
        return false;
      }
    }
    return true;
  }

  private static InternetAddress[] addresses(List<Email.Address> addresses)
      throws AddressException {
    InternetAddress[] out = new InternetAddress[addresses.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = address(addresses.get(i));
    }
    return out;
  }

  private static InternetAddress address(Email.Address address) throws AddressException {
    InternetAddress parsed = new InternetAddress(address.email(), true);
    if (address.name() != null && !address.name().isBlank()) {
      try {
        parsed.setPersonal(address.name(), "UTF-8");
      } catch (UnsupportedEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
    return parsed;
  }

  /** Keeps the Message-ID derived from the notice instead of inventing one per save. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
