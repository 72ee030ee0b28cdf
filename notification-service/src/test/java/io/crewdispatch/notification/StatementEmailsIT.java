package io.crewdispatch.notification;

import static io.crewdispatch.notification.NotificationDeliveryIT.WAIT;
import static io.crewdispatch.notification.NotificationDeliveryIT.awaitOne;
import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.events.StatementKind;
import io.crewdispatch.events.StatementReady;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.support.Mails;
import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import jakarta.mail.internet.MimeMessage;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Monthly statements: the workbook attached when the event carries it, else its Drive link. */
@NotificationIT
class StatementEmailsIT {

  KafkaProbe probe;

  @BeforeEach
  void openProbe() {
    probe = KafkaProbe.open();
  }

  @AfterEach
  void closeProbe() {
    probe.close();
  }

  @Test
  void captainStatementGoesToTheCaptainWithTheWorkbookAttached() throws Exception {
    String captain = "cap-" + UUID.randomUUID() + "@example.com";
    byte[] workbook = "PK\u0003\u0004 not really a workbook".getBytes();
    StatementReady event =
        StatementReady.newBuilder(Samples.statementReady("2026-05"))
            .setKind(StatementKind.CAPTAIN)
            .setCaptainId("alex-marlow")
            .setRecipients(List.of(captain))
            .setFileName("statement-2026-05-alex-marlow.xlsx")
            .setContent(ByteBuffer.wrap(workbook))
            .build();

    probe.publish(Topic.STATEMENT_EVENTS, "2026-05", event);

    NotificationSent sent = awaitSent(event.getEventId());
    assertThat(sent.getKind()).isEqualTo("STATEMENT");
    assertThat(sent.getCharterId()).isNull();
    MimeMessage mail = awaitOne(captain);
    assertThat(mail.getSubject()).isEqualTo("Your statement for May 2026");
    assertThat(Mails.attachments(mail))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.fileName()).isEqualTo("statement-2026-05-alex-marlow.xlsx");
              assertThat(a.contentType()).startsWith("application/vnd.openxmlformats");
              assertThat(a.content()).isEqualTo(workbook);
            });
    assertThat(Mails.text(mail)).contains("The workbook is attached");
  }

  @Test
  void summaryWithoutContentLinksToDrive() throws Exception {
    String office = "ops-" + UUID.randomUUID() + "@example.com";
    String link = "https://docs.google.com/spreadsheets/d/abc123/edit?usp=drivesdk&x=1";
    StatementReady event =
        StatementReady.newBuilder(Samples.statementReady("2026-05"))
            .setRecipients(List.of(office))
            .setDriveFileId("abc123")
            .setWebViewLink(link)
            .build();

    probe.publish(Topic.STATEMENT_EVENTS, "2026-05", event);

    NotificationSent sent = awaitSent(event.getEventId());
    assertThat(sent.getKind()).isEqualTo("SUMMARY");
    MimeMessage mail = awaitOne(office);
    assertThat(mail.getSubject()).isEqualTo("Monthly summary for May 2026");
    assertThat(Mails.attachments(mail)).isEmpty();
    assertThat(Mails.hrefs(Mails.html(mail))).contains(link);
    assertThat(Mails.text(mail)).contains(link);
  }

  private NotificationSent awaitSent(String sourceEventId) {
    return probe.await(
        Topic.NOTIFICATION_EVENTS,
        NotificationSent.class,
        e -> e.getSourceEventId().equals(sourceEventId),
        WAIT);
  }
}
