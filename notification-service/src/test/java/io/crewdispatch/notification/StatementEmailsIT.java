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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Monthly statements: the workbook attached when the event carries it, else its Drive link. */
@NotificationIT
class StatementEmailsIT {

  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void captainStatementGoesToTheCaptainWithTheWorkbookAttached() throws Exception {
    String captain = "cap-" + UUID.randomUUID() + "@example.com";
    byte[] workbook = "PK\u0003\u0004 not really a workbook".getBytes();
    StatementReady event =
        StatementReady.newBuilder(Samples.statementReady("2026-05"))
            .setKind(StatementKind.CAPTAIN)
            .setCaptainId("alex-marlow")
            .setRecipients(List.of(captain))
            .setFileName("May 2026 Statement — Alex Marlow.xlsx")
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
              assertThat(a.fileName()).isEqualTo("May 2026 Statement — Alex Marlow.xlsx");
              assertThat(a.contentType()).startsWith("application/vnd.openxmlformats");
              assertThat(a.content()).isEqualTo(workbook);
            });
    assertThat(Mails.text(mail))
        .contains("The workbook is attached")
        .contains("you were confirmed on as captain")
        .doesNotContainIgnoringCase("bonus")
        .doesNotContain("replaces");
  }

  @Test
  void aCorrectedCrewStatementSaysItReplacesTheEarlierOneAndWhatChanged() throws Exception {
    String crew = "crew-" + UUID.randomUUID() + "@example.com";
    String change =
        "Changed: Sea Breeze on 2026-05-10 (CH-1001) (status Staffed → Completed, reportable"
            + " revenue $0.00 → $4,250.00, your pay $0.00 → $180.00)";
    StatementReady event =
        StatementReady.newBuilder(Samples.statementReady("2026-05"))
            .setKind(StatementKind.CREW)
            .setCaptainId("jordan-reef")
            .setRecipients(List.of(crew))
            .setFileName("May 2026 Statement — Jordan Reef.xlsx")
            .setContent(ByteBuffer.wrap("PK\u0003\u0004".getBytes()))
            .setCorrected(true)
            .setChanges(List.of(change, "Total pay: $0.00 → $180.00"))
            .build();

    probe.publish(Topic.STATEMENT_EVENTS, "2026-05", event);

    assertThat(awaitSent(event.getEventId()).getKind()).isEqualTo("STATEMENT");
    MimeMessage mail = awaitOne(crew);
    assertThat(mail.getSubject()).isEqualTo("Corrected statement for May 2026");
    assertThat(Mails.text(mail))
        .contains("replaces the one sent to you before")
        .contains("- " + change)
        .contains("- Total pay: $0.00 → $180.00")
        .contains("you were confirmed on as crew")
        .doesNotContainIgnoringCase("bonus");
    assertThat(Mails.html(mail)).contains("<li>Total pay: $0.00 → $180.00</li>");
  }

  @Test
  void theSummaryCarriesThePayrollCsv() throws Exception {
    String office = "ops-" + UUID.randomUUID() + "@example.com";
    byte[] payroll =
        ("crewId,name,charters,dayRateTotal,shareTotal,total\r\n"
                + "alex-marlow,Alex Marlow,1,300.00,425.00,725.00\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    StatementReady event =
        StatementReady.newBuilder(Samples.statementReady("2026-05"))
            .setRecipients(List.of(office))
            .setFileName("May 2026 Revenue Statement.xlsx")
            .setContent(ByteBuffer.wrap("PK\u0003\u0004".getBytes()))
            .setPayrollFileName("May 2026 Payroll.csv")
            .setPayrollCsv(ByteBuffer.wrap(payroll))
            .build();

    probe.publish(Topic.STATEMENT_EVENTS, "2026-05", event);

    assertThat(awaitSent(event.getEventId()).getKind()).isEqualTo("SUMMARY");
    MimeMessage mail = awaitOne(office);
    assertThat(mail.getSubject()).isEqualTo("Monthly summary for May 2026");
    assertThat(Mails.attachments(mail))
        .extracting(Mails.Attachment::fileName)
        .containsExactly("May 2026 Revenue Statement.xlsx", "May 2026 Payroll.csv");
    assertThat(Mails.attachments(mail).get(1).contentType()).startsWith("text/csv");
    assertThat(Mails.attachments(mail).get(1).content()).isEqualTo(payroll);
    assertThat(Mails.text(mail)).contains("The payroll file is attached: May 2026 Payroll.csv");
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
