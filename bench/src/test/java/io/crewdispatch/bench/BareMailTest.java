package io.crewdispatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.crewdispatch.localstack.MailServer;
import io.crewdispatch.localstack.drive.Inbox;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bare pipeline's mail hop against a real SMTP server (GreenMail), as the bench runs it. */
class BareMailTest {

  private GreenMail smtp;
  private int port;
  private volatile Consumer<MailServer.Delivery> listener = d -> {};

  @BeforeEach
  void startServer() throws Exception {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    var users = smtp.getUserManager();
    MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
    users.setMessageDeliveryHandler(
        (message, recipient) -> {
          listener.accept(
              new MailServer.Delivery(
                  System.nanoTime(), recipient.getEmail(), message.getMessage()));
          return deliver.handle(message, recipient);
        });
  }

  @AfterEach
  void stopServer() {
    smtp.stop();
  }

  @Test
  void sendsACallEmailLikeNotificationsAndReportsWhenTheServerAcceptedIt() throws Exception {
    Map<String, Long> accepted = new ConcurrentHashMap<>();
    String id = "0b6f2a52-3c1e-4a57-9e0b-5d7f0c2b9a11";
    long before = System.nanoTime();
    try (BareMail mail = new BareMail(port, l -> listener = l, accepted::put)) {
      mail.send(id);
      mail.send("7d0c1f3e-2b4a-4c8e-a1f6-93e2d5b8c740");
      Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> accepted.size() == 2);
    }

    assertThat(accepted.get(id)).isGreaterThan(before);
    MimeMessage first = smtp.getReceivedMessages()[0];
    Inbox.Mail read = Inbox.read(first);
    assertThat(read.to()).containsExactly("morgan-tide@example.com");
    assertThat(read.cc()).containsExactly("office@example.com");
    assertThat(read.subject()).isEqualTo("Captain needed: " + id + ", Sun Jun 14, 9:30 AM");
    assertThat(read.text())
        .contains("ACCEPT:\r\nhttps://crew.example.com/crew/accept?token=cd1_accept_" + id)
        .doesNotContain("Sea Breeze");
    assertThat(read.html()).contains("Can you skipper " + id + " on Sunday");
    assertThat(first.getMessageID()).isEqualTo("<call." + id + "@example.com>");
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    first.writeTo(raw);
    // about the size of a real call email (5.1 kB), its parts 8bit as notification sends them
    assertThat(raw.size()).isBetween(4_500, 6_000);
    assertThat(raw.toString()).contains("Content-Transfer-Encoding: 8bit").doesNotContain("=3D");
  }
}
