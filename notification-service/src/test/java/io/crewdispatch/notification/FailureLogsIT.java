package io.crewdispatch.notification;

import static io.crewdispatch.notification.NotificationDeliveryIT.WAIT;
import static io.crewdispatch.notification.support.TwilioServer.e164;
import static io.crewdispatch.notification.support.TwilioServer.localNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.Channel;
import io.crewdispatch.events.NotificationFailed;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.delivery.smtp.ScriptedSmtpServer;
import io.crewdispatch.notification.support.FakeTwilio;
import io.crewdispatch.notification.support.MailServer;
import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.notification.support.TwilioServer;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What the service logs when a record fails, through the real listener and error handler: an SMTP
 * server that refuses the recipient for now (4xx), then for good (550), quoting the address as real
 * servers do, and a Twilio that is unavailable with the number in its message. The operator sees
 * which record failed and why in kind; the address, the number and the name are in no log line.
 */
@NotificationIT
@ExtendWith(OutputCaptureExtension.class)
class FailureLogsIT {

  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void aRecipientRefusedForNowThenForGoodIsRetriedAndDeadLetteredWithoutTheAddressInTheLogs(
      CapturedOutput output) throws Exception {
    AcceptLinkIssued call = call(Channel.EMAIL, null);
    String address = call.getRecipient().getEmail();
    AtomicInteger refusals = new AtomicInteger();
    MailServer.down();
    try (ScriptedSmtpServer smtp =
        new ScriptedSmtpServer(
            MailServer.port(),
            rcpt -> {
              if (!rcpt.contains(address)) {
                return "250 2.1.5 OK";
              }
              return refusals.incrementAndGet() <= 2
                  ? "451 4.7.1 <" + address + ">: Recipient address rejected: try again later"
                  : "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown";
            })) {
      probe.publish(Topic.AUTH_LINKS, call.getCharterId(), call);

      NotificationFailed failed =
          probe.await(
              Topic.NOTIFICATION_EVENTS,
              NotificationFailed.class,
              e -> e.getSourceEventId().equals(call.getEventId()),
              WAIT);
      // the person who reads NotificationFailed gets the server's words
      assertThat(failed.getError()).contains("550 5.1.1", address);
      probe.awaitDeadLetter(Topic.AUTH_LINKS, call.getCharterId());
      await()
          .atMost(WAIT)
          .until(() -> output.getAll().contains("key=" + call.getCharterId() + " eventType="));
    } finally {
      MailServer.up();
    }

    assertThat(refusals.get()).as("refused for now twice, then for good").isGreaterThanOrEqualTo(3);
    // what the operator needs: which record, which event, what kind of failure
    assertThat(output.getAll())
        .containsPattern(
            "event=dead_lettered topic=auth-links partition=\\d+ offset=\\d+ key="
                + call.getCharterId()
                + " eventType=AcceptLinkIssued eventId="
                + call.getEventId()
                + " reason=SMTPAddressFailedException")
        .doesNotContain(address)
        .doesNotContain(call.getRecipient().getName());
  }

  @Test
  void twilioUnavailableWithTheNumberInItsMessageIsRetriedWithoutTheNumberInTheLogs(
      CapturedOutput output) {
    String local = localNumber();
    AcceptLinkIssued call = call(Channel.SMS, "(619) " + local);
    FakeTwilio.Answer unavailable =
        FakeTwilio.Answer.error(
            503, 20503, "Service unavailable, the message to " + e164(local) + " was not queued");
    // four tries per delivery (the first and three back-offs): the event itself is retried too
    TwilioServer.fake()
        .script(
            unavailable,
            unavailable,
            unavailable,
            unavailable,
            unavailable,
            unavailable,
            unavailable,
            unavailable);

    probe.publish(Topic.AUTH_LINKS, call.getCharterId(), call);

    Announcements.sent(probe, call.getEventId(), Channel.SMS);
    assertThat(TwilioServer.texts(e164(local))).as("refused before it went").hasSizeGreaterThan(1);
    assertThat(output.getAll())
        .contains(call.getEventId())
        .doesNotContain(e164(local))
        .doesNotContain(local)
        .doesNotContain(call.getRecipient().getName());
  }

  /** A call to an invented member with a name of their own, so no other test logs it. */
  private static AcceptLinkIssued call(Channel channel, String phone) {
    String charterId = "CH-" + UUID.randomUUID();
    String crewId = "cap-" + UUID.randomUUID();
    Instant now = Instant.now();
    Callee callee =
        Callee.newBuilder(Samples.captain(crewId))
            .setName("Quinn Saltmarsh")
            .setPhone(phone)
            .setChannel(channel)
            .build();
    return AcceptLinkIssued.newBuilder(Samples.acceptLinkIssued(charterId))
        .setEventId(Samples.eventId())
        .setOccurredAt(now)
        .setRecipient(callee)
        .setRespondBy(now.plus(Duration.ofHours(2)))
        .setExpiresAt(now.plus(Duration.ofHours(2)).plusSeconds(600))
        .build();
  }
}
