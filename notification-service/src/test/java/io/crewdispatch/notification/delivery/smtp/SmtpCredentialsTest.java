package io.crewdispatch.notification.delivery.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.TransientDeliveryException;
import io.crewdispatch.notification.delivery.mime.MimeMessages;
import io.crewdispatch.notification.support.MutableClock;
import io.crewdispatch.testsupport.Infrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A password never crosses a plain connection: against a GreenMail server that offers no STARTTLS
 * but would gladly take the login, a mailer with credentials refuses, says why, and sends nothing —
 * even when SMTP_STARTTLS was left at false.
 */
class SmtpCredentialsTest {

  GreenMail server;

  @BeforeEach
  void start() {
    server = new GreenMail(new ServerSetup(Infrastructure.freePort(), "127.0.0.1", "smtp"));
    server.setUser("mailer@example.com", "mailer", "not-in-the-clear");
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void credentialsWithoutStartTlsAreRefusedWithAClearError() {
    SmtpMailer mailer = mailer("mailer", "not-in-the-clear");

    assertThatThrownBy(() -> mailer.send(SmtpMailerTest.email("crew@example.com", List.of())))
        .isInstanceOf(TransientDeliveryException.class)
        .hasMessageContaining("127.0.0.1:" + server.getSmtp().getPort())
        .hasMessageContaining("does not offer STARTTLS")
        .hasMessageContaining("never sent in the clear");
    assertThat(server.getReceivedMessages()).isEmpty();
  }

  @Test
  void withoutCredentialsAPlainRelayStillWorks() throws Exception {
    mailer("", "").send(SmtpMailerTest.email("crew@example.com", List.of()));

    // the crew member's copy and the office's
    assertThat(server.getReceivedMessages()).hasSize(2);
  }

  private SmtpMailer mailer(String username, String password) {
    return new SmtpMailer(
        new NotificationProperties.Smtp(
            "127.0.0.1",
            server.getSmtp().getPort(),
            username,
            password,
            false,
            Duration.ofSeconds(3)),
        new MimeMessages(new MutableClock(Instant.parse("2026-06-01T16:00:00Z"))));
  }
}
