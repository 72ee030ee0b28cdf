package io.crewdispatch.notification;

import static io.crewdispatch.notification.NotificationDeliveryIT.WAIT;
import static io.crewdispatch.notification.support.SmtpTestSettings.OFFICE;
import static io.crewdispatch.notification.support.SmtpTestSettings.OFFICE_2;
import static io.crewdispatch.notification.support.SmtpTestSettings.OFFICE_PHONES_E164;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.CertificateExpiring;
import io.crewdispatch.events.Integration;
import io.crewdispatch.events.IntegrationState;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.support.FakeTwilio;
import io.crewdispatch.notification.support.MailServer;
import io.crewdispatch.notification.support.Mails;
import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.notification.support.TwilioServer;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Flows 12 and 15 through the embedded broker, DynamoDB Local, GreenMail and the real Twilio SDK
 * against a local Twilio: the office hears of a lapsing certificate once per member, certificate
 * and date; of an integration's change of state once per change, by email, or by text to its phones
 * when mail itself is what is down.
 */
@NotificationIT
class OfficeAlertsIT {

  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void aLapsingCertificateIsMailedToEveryOfficeAddressOncePerMemberCertificateAndDate() {
    String crewId = "robin-quay-" + UUID.randomUUID();
    CertificateExpiring warning = certificate(crewId, LocalDate.of(2026, 7, 1));

    probe.publish(Topic.OPS_EVENTS, "roster-service", warning);
    probe.publish(Topic.OPS_EVENTS, "roster-service", warning); // redelivered
    probe.publish( // the same warning published again under a new event id
        Topic.OPS_EVENTS,
        "roster-service",
        CertificateExpiring.newBuilder(warning).setEventId(Samples.eventId()).build());

    MimeMessage mail = awaitOfficeMail(crewId, 1).get(0);
    assertThat(subject(mail)).isEqualTo("Certificate lapsing: Robin Quay's First aid on Wed Jul 1");
    assertThat(Mails.to(mail)).containsExactly(OFFICE, OFFICE_2);
    assertThat(Mails.text(mail)).contains("(crew, " + crewId + ")", "First aid Expires column");
    holdsFor(() -> officeMail(crewId).size() == 1 && officeMail2(crewId).size() == 1);

    probe.publish(
        Topic.OPS_EVENTS, "roster-service", certificate(crewId, LocalDate.of(2027, 7, 1)));

    assertThat(awaitOfficeMail(crewId, 2))
        .extracting(OfficeAlertsIT::subject)
        .containsExactlyInAnyOrder(
            "Certificate lapsing: Robin Quay's First aid on Wed Jul 1",
            "Certificate lapsing: Robin Quay's First aid on Thu Jul 1");
  }

  @Test
  void anIntegrationDownAndUpIsMailedOncePerChangeWithWhatToDoAndNoText() {
    String service = "roster-service-" + UUID.randomUUID();
    Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    IntegrationStateChanged down =
        state(service, Integration.SHEETS, IntegrationState.DOWN, since)
            .setWhatToDo("Share the sheet with the service account again")
            .build();

    probe.publish(Topic.OPS_EVENTS, service, down);
    probe.publish(Topic.OPS_EVENTS, service, down);
    probe.publish( // the same outage reported again
        Topic.OPS_EVENTS,
        service,
        IntegrationStateChanged.newBuilder(down).setEventId(Samples.eventId()).build());

    MimeMessage alert = awaitOfficeMail(service, 1).get(0);
    assertThat(subject(alert)).isEqualTo("ACTION NEEDED: SHEETS is DOWN (" + service + ")");
    assertThat(Mails.to(alert)).containsExactly(OFFICE, OFFICE_2);
    assertThat(Mails.text(alert))
        .contains("WHAT TO DO", "Share the sheet with the service account");

    probe.publish(
        Topic.OPS_EVENTS,
        service,
        state(service, Integration.SHEETS, IntegrationState.UP, since.plusSeconds(60)).build());

    assertThat(awaitOfficeMail(service, 2))
        .extracting(OfficeAlertsIT::subject)
        .contains("Working again: SHEETS (" + service + ")");
    holdsFor(() -> officeMail(service).size() == 2);
    assertThat(officeTexts(service)).as("mail works: no text").isEmpty();
  }

  @Test
  void gmailDownIsTextedToEveryOfficePhoneWithTheCommandAndItsRecoveryGoesBothWays() {
    String service = "notification-service-" + UUID.randomUUID();
    Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    IntegrationStateChanged down =
        state(service, Integration.GMAIL, IntegrationState.DOWN, since)
            .setDetail("Google refused the Gmail refresh token: invalid_grant")
            .setWhatToDo("Re-authorize Gmail: run java -jar notification-service.jar authorize")
            .build();

    probe.publish(Topic.OPS_EVENTS, service, down);
    probe.publish(Topic.OPS_EVENTS, service, down);

    List<FakeTwilio.Received> texts = awaitOfficeTexts(service, OFFICE_PHONES_E164.size());
    assertThat(texts)
        .extracting(t -> t.form().get("To"))
        .containsExactlyInAnyOrderElementsOf(OFFICE_PHONES_E164);
    assertThat(texts.get(0).form().get("Body"))
        .startsWith("Example Yacht Charters dispatch: GMAIL is DOWN since ")
        .contains(
            "invalid_grant",
            "To do: Re-authorize Gmail: run java -jar notification-service.jar authorize");
    probe.awaitCommittedPast(Topic.OPS_EVENTS, service);
    assertThat(officeMail(service)).as("mail is what is down: no email waits for it").isEmpty();

    probe.publish(
        Topic.OPS_EVENTS,
        service,
        state(service, Integration.GMAIL, IntegrationState.UP, since.plusSeconds(90)).build());

    assertThat(awaitOfficeMail(service, 1))
        .extracting(OfficeAlertsIT::subject)
        .containsExactly("Working again: GMAIL (" + service + ")");
    awaitOfficeTexts(service, 2 * OFFICE_PHONES_E164.size());
    holdsFor(() -> officeTexts(service).size() == 2 * OFFICE_PHONES_E164.size());
  }

  @Test
  void anOfficeEmailWhileMailIsDownHoldsUpNoGmailTextBehindItAndGoesOnceMailWorks() {
    String crewId = "robin-quay-" + UUID.randomUUID();
    String service = "notification-service-" + UUID.randomUUID();
    String key = "ops-" + UUID.randomUUID(); // one key: one partition, the text behind the email
    MailServer.down();
    try {
      probe.publish(Topic.OPS_EVENTS, key, certificate(crewId, LocalDate.of(2026, 8, 3)));
      probe.publish(
          Topic.OPS_EVENTS,
          key,
          state(service, Integration.GMAIL, IntegrationState.DOWN, Instant.now())
              .setWhatToDo("Re-authorize Gmail")
              .build());

      // an email retried in place would hold the partition for as long as mail is down
      await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> officeTexts(service), found -> found.size() >= OFFICE_PHONES_E164.size());
    } finally {
      MailServer.up();
    }

    assertThat(awaitOfficeMail(crewId, 1))
        .extracting(OfficeAlertsIT::subject)
        .containsExactly("Certificate lapsing: Robin Quay's First aid on Mon Aug 3");
    holdsFor(() -> officeMail(crewId).size() == 1 && officeMail2(crewId).size() == 1);
  }

  @Test
  void dynamoDbDownIsMailedOnlyWhenAPersonMustAct() {
    String quiet = "dispatch-service-" + UUID.randomUUID();
    String actionable = "reporting-service-" + UUID.randomUUID();
    String key = "ops-" + UUID.randomUUID();
    Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    probe.publish(
        Topic.OPS_EVENTS,
        key,
        state(quiet, Integration.DYNAMODB, IntegrationState.DOWN, since).build());
    probe.publish(
        Topic.OPS_EVENTS,
        key,
        state(actionable, Integration.DYNAMODB, IntegrationState.DOWN, since)
            .setWhatToDo("Raise the table's provisioned capacity")
            .build());

    assertThat(awaitOfficeMail(actionable, 1))
        .extracting(OfficeAlertsIT::subject)
        .containsExactly("ACTION NEEDED: DYNAMODB is DOWN (" + actionable + ")");
    holdsFor(() -> officeMail(actionable).size() == 1 && officeMail(quiet).isEmpty());
  }

  private static CertificateExpiring certificate(String crewId, LocalDate expiresOn) {
    return CertificateExpiring.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(Instant.now())
        .setCrewId(crewId)
        .setName("Robin Quay")
        .setRank(Rank.CREW)
        .setCertificate("First aid")
        .setExpiresOn(expiresOn)
        .build();
  }

  private static IntegrationStateChanged.Builder state(
      String service, Integration integration, IntegrationState state, Instant since) {
    return IntegrationStateChanged.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(Instant.now())
        .setService(service)
        .setIntegration(integration)
        .setState(state)
        .setDetail(state == IntegrationState.UP ? "answering again" : "Sheets API answered 503")
        .setSince(since)
        .setWhatToDo(null);
  }

  /** Office mail (to the first address) whose text names {@code mark}. */
  private static List<MimeMessage> officeMail(String mark) {
    return MailServer.inbox(OFFICE).stream().filter(m -> Mails.text(m).contains(mark)).toList();
  }

  private static List<MimeMessage> officeMail2(String mark) {
    return MailServer.inbox(OFFICE_2).stream().filter(m -> Mails.text(m).contains(mark)).toList();
  }

  private static List<MimeMessage> awaitOfficeMail(String mark, int count) {
    return await().atMost(WAIT).until(() -> officeMail(mark), found -> found.size() >= count);
  }

  private static List<FakeTwilio.Received> officeTexts(String mark) {
    return OFFICE_PHONES_E164.stream()
        .flatMap(phone -> TwilioServer.texts(phone).stream())
        .filter(t -> t.form().get("Body").contains(mark))
        .toList();
  }

  private static List<FakeTwilio.Received> awaitOfficeTexts(String mark, int count) {
    return await().atMost(WAIT).until(() -> officeTexts(mark), found -> found.size() >= count);
  }

  /** Stays true for a while: nothing more arrives late. */
  private static void holdsFor(java.util.concurrent.Callable<Boolean> condition) {
    await().during(Duration.ofSeconds(2)).atMost(WAIT).until(condition);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
