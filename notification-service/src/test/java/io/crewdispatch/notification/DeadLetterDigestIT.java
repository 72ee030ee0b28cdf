package io.crewdispatch.notification;

import static io.crewdispatch.notification.support.SmtpTestSettings.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.support.MailServer;
import io.crewdispatch.notification.support.Mails;
import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.notification.support.SmtpTestSettings;
import io.crewdispatch.testsupport.KafkaProbe;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Dead letters reported on ops-events reach the office as a digest: each record once (even when
 * reported again after its digest went out), with the command that replays it, and never two
 * digests within the gap.
 */
@NotificationIT
class DeadLetterDigestIT {

  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void eachDeadLetterIsOneDigestLineWithItsReplayCommandAndDigestsKeepTheirGap() {
    String first = "CH-" + UUID.randomUUID();
    EventDeadLettered report = report(first, 41);
    probe.publish(Topic.OPS_EVENTS, "dispatch-service", report);
    probe.publish(Topic.OPS_EVENTS, "dispatch-service", report); // redelivered: still one line

    MimeMessage firstDigest = awaitDigestNaming(first);
    Instant firstSeen = Instant.now();
    String text = Mails.text(firstDigest);
    assertThat(text)
        .contains(
            "dispatch-service gave up on CharterBooked from charter-events (partition 1, offset 41,"
                + " key "
                + first
                + ")",
            "Reason: NonRetryableEventException: Invalid event: vessel is blank",
            "What to do: ./replay-dlt charter-events-dlt --partition 1 --offset 41");
    assertThat(Mails.html(firstDigest)).contains("./replay-dlt charter-events-dlt");

    // The same report after its digest went out: another of the service's listeners on that topic
    // gave up on the same record later (its id derives from service, topic, partition, offset).
    probe.publish(Topic.OPS_EVENTS, "dispatch-service", report);
    String second = "CH-" + UUID.randomUUID();
    probe.publish(Topic.OPS_EVENTS, "dispatch-service", report(second, 42));
    awaitDigestNaming(second);
    Duration between = Duration.between(firstSeen, Instant.now());

    assertThat(between)
        .as("the second digest waits out the gap after the first")
        .isGreaterThan(SmtpTestSettings.DIGEST_GAP.minusMillis(500));
    assertThat(digestsNaming(first)).as("one line per dead letter, ever").hasSize(1);
    assertThat(occurrences(Mails.text(digestsNaming(first).get(0)), first)).isEqualTo(1);
  }

  private static EventDeadLettered report(String key, long offset) {
    Instant now = Instant.now();
    return EventDeadLettered.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setService("dispatch-service")
        .setTopic("charter-events")
        .setPartition(1)
        .setOffset(offset)
        .setKey(key)
        .setEventType("CharterBooked")
        .setRecordEventId(UUID.randomUUID().toString())
        .setReason("NonRetryableEventException: Invalid event: vessel is blank")
        .setDeadLetteredAt(now)
        .build();
  }

  private static MimeMessage awaitDigestNaming(String key) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> digestsNaming(key), found -> !found.isEmpty())
        .get(0);
  }

  private static List<MimeMessage> digestsNaming(String key) {
    return MailServer.inbox(OFFICE).stream()
        .filter(m -> subject(m).endsWith("could not be handled"))
        .filter(m -> Mails.text(m).contains(key))
        .toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
