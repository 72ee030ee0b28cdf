package io.crewdispatch.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.NotificationFailed;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.support.MailServer;
import io.crewdispatch.notification.support.Mails;
import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.notification.support.SmtpTestSettings;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * AcceptLinkIssued through Kafka to an email accepted by a real SMTP server (GreenMail), recorded
 * in notification-log, kept as .eml and announced on notification-events.
 */
@NotificationIT
class NotificationDeliveryIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final String OFFICE = SmtpTestSettings.OFFICE;
  static final String OFFICE_2 = SmtpTestSettings.OFFICE_2;

  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void callEmailGoesToTheCalleeCcTheOfficeWithTheExactLinksInBothParts() throws Exception {
    String charterId = "CH-" + UUID.randomUUID();
    String captain = "cap-" + UUID.randomUUID();
    AcceptLinkIssued event =
        AcceptLinkIssued.newBuilder(call(charterId, captain))
            .setAcceptUrl("http://localhost:8081/crew/accept?token=cd1_Ab-9_xYz&lang=en")
            .setDeclineUrl("http://localhost:8081/crew/decline?token=cd1_Qr-7_wVu&lang=en")
            .build();

    probe.publish(Topic.AUTH_LINKS, charterId, event);

    NotificationSent sent =
        probe.await(
            Topic.NOTIFICATION_EVENTS,
            NotificationSent.class,
            e -> e.getSourceEventId().equals(event.getEventId()),
            WAIT);
    assertThat(sent.getKind()).isEqualTo("CALL");
    assertThat(sent.getCharterId()).isEqualTo(charterId);
    assertThat(sent.getRecipients()).containsExactly(captain + "@example.com", OFFICE, OFFICE_2);
    MimeMessage mail = awaitOne(captain + "@example.com");
    assertThat(sent.getMessageId()).isEqualTo(mail.getMessageID());
    assertThat(mail.getSubject()).isEqualTo("Captain needed: Sea Breeze, Sun Jun 14, 9:30 AM");
    assertThat(Mails.to(mail)).containsExactly(captain + "@example.com");
    assertThat(Mails.cc(mail)).containsExactly(OFFICE, OFFICE_2);
    String text = Mails.text(mail);
    String html = Mails.html(mail);
    assertThat(text).contains(event.getAcceptUrl(), event.getDeclineUrl());
    assertThat(Mails.hrefs(html)).contains(event.getAcceptUrl(), event.getDeclineUrl());
    assertThat(html).doesNotContain("&lang").contains("&amp;lang=en");
    assertThat(text).contains("Mon Jun 1 at 11:00 AM PDT", "9:30 AM – 1:30 PM PDT");
    String messageId = mail.getMessageID();
    assertThat(MailServer.inbox(OFFICE)).anyMatch(m -> messageId(m).equals(messageId));
    assertThat(MailServer.inbox(OFFICE_2)).anyMatch(m -> messageId(m).equals(messageId));

    Path archived = awaitArchived("CALL", event.getEventId());
    MimeMessage copy = Mails.parse(Files.readAllBytes(archived));
    assertThat(copy.getMessageID()).isEqualTo(mail.getMessageID());
    assertThat(Mails.text(copy)).contains(event.getAcceptUrl());
    assertThat(Files.readString(archived, StandardCharsets.UTF_8))
        .contains("To: ", "Cc: ", "Subject: Captain needed: Sea Breeze", event.getDeclineUrl());

    // Recorded (and kept) before it is announced, with the time the announcement carries.
    await()
        .atMost(java.time.Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              var item =
                  Infrastructure.dynamoDb()
                      .getItem(
                          r ->
                              r.tableName("test-notification-log")
                                  .key(
                                      java.util.Map.of(
                                          "eventId", AttributeValue.fromS(event.getEventId())))
                                  .consistentRead(true))
                      .item();
              assertThat(item.get("status").s()).isEqualTo("SENT");
              assertThat(item.get("messageId").s()).isEqualTo(mail.getMessageID());
              assertThat(item).doesNotContainKey("announced");
              assertThat(Instant.parse(item.get("sentAt").s()).truncatedTo(ChronoUnit.MILLIS))
                  .isEqualTo(sent.getOccurredAt());
            });
  }

  @Test
  void redeliveredEventSendsNothingTheSecondTimeAndAnnouncesTheSameEventAgain() {
    String charterId = "CH-" + UUID.randomUUID();
    String captain = "cap-" + UUID.randomUUID();
    AcceptLinkIssued event = call(charterId, captain);
    AcceptLinkIssued later = call(charterId, "crew-" + UUID.randomUUID());

    probe.publish(Topic.AUTH_LINKS, charterId, event);
    probe.publish(Topic.AUTH_LINKS, charterId, event);
    probe.publish(Topic.AUTH_LINKS, charterId, later);

    // Same key, same partition: once the later event is announced, both copies were handled.
    probe.await(
        Topic.NOTIFICATION_EVENTS,
        NotificationSent.class,
        e -> e.getSourceEventId().equals(later.getEventId()),
        WAIT);
    assertThat(MailServer.inbox(captain + "@example.com")).hasSize(1);
    // Nothing remembers that the first went out: the copy is announced again, the same event
    // (id and time), which consumers drop (they key what they keep on both).
    List<NotificationSent> announced =
        probe.events(
            Topic.NOTIFICATION_EVENTS,
            NotificationSent.class,
            e -> e.getSourceEventId().equals(event.getEventId()));
    assertThat(announced).hasSize(2);
    assertThat(announced.get(1).getEventId()).isEqualTo(announced.get(0).getEventId());
    assertThat(announced.get(1).getOccurredAt()).isEqualTo(announced.get(0).getOccurredAt());
  }

  @Test
  void malformedAddressIsReportedAndDeadLettered() {
    String charterId = "CH-" + UUID.randomUUID();
    AcceptLinkIssued event = call(charterId, "cap-" + UUID.randomUUID());
    event.getRecipient().put("email", "not-an-address");

    probe.publish(Topic.AUTH_LINKS, charterId, event);

    NotificationFailed failed =
        probe.await(
            Topic.NOTIFICATION_EVENTS,
            NotificationFailed.class,
            e -> e.getSourceEventId().equals(event.getEventId()),
            WAIT);
    assertThat(failed.getKind()).isEqualTo("CALL");
    assertThat(failed.getCharterId()).isEqualTo(charterId);
    assertThat(failed.getError()).contains("Invalid email address", "not-an-address");
    var dead = probe.awaitDeadLetter(Topic.AUTH_LINKS, charterId);
    assertThat(dead.exceptionMessage()).contains("Undeliverable kind=CALL");
    assertThat(dead.reason()).contains("AddressException").doesNotContain("not-an-address");
  }

  static AcceptLinkIssued call(String charterId, String crewId) {
    return AcceptLinkIssued.newBuilder(Samples.acceptLinkIssued(charterId))
        .setRecipient(Samples.captain(crewId))
        .build();
  }

  static MimeMessage awaitOne(String address) {
    return await()
        .atMost(WAIT)
        .until(() -> MailServer.inbox(address), inbox -> !inbox.isEmpty())
        .get(0);
  }

  static Path awaitArchived(String kind, String eventId) {
    return await()
        .atMost(WAIT)
        .until(
            () -> {
              try (Stream<Path> files = Files.list(SmtpTestSettings.archive())) {
                return files
                    .filter(p -> p.getFileName().toString().endsWith(kind + "-" + eventId + ".eml"))
                    .findFirst();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            },
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> subjects(List<MimeMessage> messages) {
    return messages.stream()
        .map(
            m -> {
              try {
                return m.getSubject();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }
}
