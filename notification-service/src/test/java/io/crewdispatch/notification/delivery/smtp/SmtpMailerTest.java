package io.crewdispatch.notification.delivery.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.notification.delivery.application.PermanentDeliveryException;
import io.crewdispatch.notification.delivery.application.SentMail;
import io.crewdispatch.notification.delivery.application.TransientDeliveryException;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.mime.MimeMessages;
import io.crewdispatch.notification.support.MailServer;
import io.crewdispatch.notification.support.Mails;
import io.crewdispatch.notification.support.MutableClock;
import io.crewdispatch.notification.support.TestProperties;
import io.crewdispatch.testsupport.Infrastructure;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The SMTP transport against GreenMail, and against a server that refuses recipients. */
class SmtpMailerTest {

  MutableClock clock = new MutableClock(Instant.parse("2026-06-01T16:00:00Z"));

  @Test
  void serverReceivesBothPartsTheAttachmentAndTheLinksVerbatim() throws Exception {
    String to = "cap-" + UUID.randomUUID() + "@example.com";
    byte[] workbook = {80, 75, 3, 4, 9, 9};

    SentMail sent =
        mailer(MailServer.port())
            .send(
                email(
                    to,
                    List.of(
                        new Email.Attachment("may.xlsx", "application/octet-stream", workbook))));

    MimeMessage received = MailServer.inbox(to).get(0);
    assertThat(received.getMessageID())
        .isEqualTo("<call.e-1@example.com>")
        .isEqualTo(sent.messageId());
    assertThat(received.getSubject()).isEqualTo("Captain needed: Ünïcode Sea Breeze");
    assertThat(Mails.text(received)).contains("https://crew.example.com/accept?token=a&b=c");
    assertThat(Mails.hrefs(Mails.html(received)))
        .contains("https://crew.example.com/accept?token=a&b=c");
    assertThat(Mails.attachments(received))
        .singleElement()
        .satisfies(a -> assertThat(a.content()).isEqualTo(workbook));
    String raw = new String(sent.mime(), StandardCharsets.UTF_8);
    assertThat(raw)
        .as("links are readable in the raw message: 8bit, not quoted-printable")
        .contains("Content-Transfer-Encoding: 8bit", "https://crew.example.com/accept?token=a&b=c");
    assertThat(MailServer.inbox("office@example.com"))
        .anyMatch(m -> NotificationMessages.id(m).equals("<call.e-1@example.com>"));
  }

  @Test
  void concurrentSendsAllArrive() throws Exception {
    SmtpMailer mailer = mailer(MailServer.port());
    String run = UUID.randomUUID().toString();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      List<java.util.concurrent.Future<SentMail>> sends = new java.util.ArrayList<>();
      for (int i = 0; i < 30; i++) {
        String to = "crew-" + i + "-" + run + "@example.com";
        sends.add(pool.submit(() -> mailer.send(email(to, List.of()))));
      }
      for (var send : sends) {
        send.get(30, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdown();
      mailer.close();
    }
    for (int i = 0; i < 30; i++) {
      assertThat(MailServer.inbox("crew-" + i + "-" + run + "@example.com")).hasSize(1);
    }
  }

  @Test
  void messagesInQuickSuccessionShareOneConnectionWithoutANoop() throws Exception {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer("250 2.1.5 OK");
        SmtpMailer mailer = mailer(server.port(), () -> 0L)) {
      for (int i = 0; i < 3; i++) {
        mailer.send(email("cap-" + i + "@example.com", List.of()));
      }

      assertThat(server.messages).hasValue(3);
      assertThat(server.connections).hasValue(1);
      assertThat(server.noops).hasValue(0);
    }
  }

  @Test
  void aConnectionIdleLongerThanTheTrustedSpanIsCheckedBeforeReuse() throws Exception {
    AtomicLong now = new AtomicLong();
    try (ScriptedSmtpServer server = new ScriptedSmtpServer("250 2.1.5 OK");
        SmtpMailer mailer = mailer(server.port(), now::get)) {
      mailer.send(email("first@example.com", List.of()));
      now.addAndGet(SmtpMailer.TRUSTED_IDLE.plusSeconds(1).toNanos());

      mailer.send(email("later@example.com", List.of()));

      assertThat(server.noops).hasValue(1);
      assertThat(server.connections).hasValue(1);
      assertThat(server.messages).hasValue(2);
    }
  }

  @Test
  void aConnectionThatFailedIsNeverReused() throws Exception {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer("450 4.2.1 Try later");
        SmtpMailer mailer = mailer(server.port(), () -> 0L)) {
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> mailer.send(email("busy@example.com", List.of())))
            .isInstanceOf(TransientDeliveryException.class);
      }

      assertThat(server.connections).hasValue(2);
    }
  }

  @Test
  void mailboxUnavailableIsPermanentWithTheServersWords() throws Exception {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer("550 5.1.1 Mailbox unavailable")) {
      assertThatThrownBy(() -> mailer(server.port()).send(email("gone@example.com", List.of())))
          .isInstanceOf(PermanentDeliveryException.class)
          .hasMessage("SMTP send failed with reply 550")
          .satisfies(
              e ->
                  assertThat(((PermanentDeliveryException) e).detail())
                      .contains("550 5.1.1 Mailbox unavailable"));
    }
  }

  @Test
  void greylistingIsTemporary() throws Exception {
    try (ScriptedSmtpServer server =
        new ScriptedSmtpServer("451 4.7.1 Greylisted, try again later")) {
      assertThatThrownBy(() -> mailer(server.port()).send(email("busy@example.com", List.of())))
          .isInstanceOf(TransientDeliveryException.class);
    }
  }

  @Test
  void serverThatIsDownIsTemporary() {
    assertThatThrownBy(
            () -> mailer(Infrastructure.freePort()).send(email("x@example.com", List.of())))
        .isInstanceOf(TransientDeliveryException.class);
  }

  @Test
  void malformedAddressIsPermanentBeforeAnythingIsSent() {
    assertThatThrownBy(() -> mailer(MailServer.port()).send(email("not-an-address", List.of())))
        .isInstanceOf(PermanentDeliveryException.class)
        .satisfies(
            e -> assertThat(((PermanentDeliveryException) e).detail()).contains("not-an-address"));
  }

  private SmtpMailer mailer(int port) {
    return mailer(port, System::nanoTime);
  }

  private SmtpMailer mailer(int port, java.util.function.LongSupplier nanoTime) {
    return new SmtpMailer(
        TestProperties.with(
                Map.of(
                    "crewdispatch.notification.smtp.port",
                    String.valueOf(port),
                    "crewdispatch.notification.smtp.timeout",
                    "3s"))
            .smtp(),
        new MimeMessages(clock),
        nanoTime);
  }

  static Email email(String to, List<Email.Attachment> attachments) {
    return new Email(
        new Email.Address("dispatch@example.com", "Crew Dispatch"),
        List.of(new Email.Address(to, "Alex Marlow")),
        List.of(new Email.Address("office@example.com", "Office")),
        "Captain needed: Ünïcode Sea Breeze",
        "<p><a href=\"https://crew.example.com/accept?token=a&amp;b=c\">Accept</a> – José</p>",
        "ACCEPT:\nhttps://crew.example.com/accept?token=a&b=c\nJosé\n",
        attachments,
        "<call.e-1@example.com>");
  }

  /** Message-ID without the checked exception. */
  static final class NotificationMessages {
    static String id(MimeMessage message) {
      try {
        return message.getMessageID();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
