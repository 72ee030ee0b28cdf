package io.crewdispatch.notification.delivery.templates;

import static io.crewdispatch.notification.delivery.templates.TemplateSnapshotTest.CAPTAIN;
import static io.crewdispatch.notification.delivery.templates.TemplateSnapshotTest.CHARTER;
import static io.crewdispatch.notification.delivery.templates.TemplateSnapshotTest.CREW;
import static io.crewdispatch.notification.delivery.templates.TemplateSnapshotTest.CREW_TWO;
import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.delivery.domain.CertificateNotice;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.domain.IntegrationAlertNotice;
import io.crewdispatch.notification.delivery.domain.PortalLinkNotice;
import io.crewdispatch.notification.delivery.domain.ReminderNotice;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.support.MutableClock;
import io.crewdispatch.notification.support.TestProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The reminder, the portal link, the lapsing certificate and the integration alerts, each compared
 * with an expected file written by hand in {@code src/test/resources/snapshots/}: this test never
 * writes them, so a change to what people receive must be made in the expected file too.
 */
class HandWrittenSnapshotTest {

  static final Path SNAPSHOTS = TemplateSnapshotTest.SNAPSHOTS;
  static final Instant DOWN_SINCE = Instant.parse("2026-06-01T16:00:00Z");

  ThymeleafComposer composer =
      new ThymeleafComposer(
          TestProperties.defaults(), new MutableClock(Instant.parse("2026-06-01T16:05:00Z")));

  @Test
  void theReminderTellsTheMemberTheySailTomorrowOnTheCharter() throws IOException {
    Email email =
        composer.compose(
            new ReminderNotice("e-confirmed", "reminder#CH-1001#jordan-reef", CREW, CHARTER));

    assertThat(email.subject()).isEqualTo("Tomorrow: Sea Breeze, Sun Jun 14, 9:30 AM");
    assertThat(email.to()).extracting(Email.Address::email).containsExactly(CREW.email());
    assertThat(email.cc()).isEmpty();
    matches("reminder.txt", email.text());
    matches("reminder.html", email.html());
  }

  @Test
  void aNewMembersPortalLinkGoesToThemAloneWithTheExactLink() throws IOException {
    String url = "https://crew.example.com/crew/portal?token=cdp_Jr-42_zQ&lang=en";
    Email email = composer.compose(new PortalLinkNotice("e-portal", CREW, url, "JOINED"));

    assertThat(email.subject()).isEqualTo("Your crew portal link");
    assertThat(email.to()).extracting(Email.Address::email).containsExactly(CREW.email());
    assertThat(email.cc()).as("a personal secret: the office is not copied").isEmpty();
    matches("portal-link-joined.txt", email.text());
    matches("portal-link-joined.html", email.html());
  }

  @Test
  void aRotatedLinkSaysTheOldOneNoLongerWorks() throws IOException {
    Email email =
        composer.compose(
            new PortalLinkNotice(
                "e-portal-2",
                CREW_TWO,
                "https://crew.example.com/crew/portal?token=cdp_St-7",
                "ROTATED"));

    assertThat(email.subject()).isEqualTo("Your new crew portal link");
    matches("portal-link-rotated.txt", email.text());
  }

  @Test
  void aLapsingCertificateGoesToEveryOfficeAddress() throws IOException {
    Email email =
        composer.compose(
            new CertificateNotice(
                "e-cert",
                CAPTAIN.crewId(),
                CAPTAIN.name(),
                Role.CAPTAIN,
                "USCG Master licence",
                LocalDate.of(2026, 7, 1)));

    assertThat(email.subject())
        .isEqualTo("Certificate lapsing: Alex Marlow's USCG Master licence on Wed Jul 1");
    assertThat(email.to()).extracting(Email.Address::email).containsExactly("office@example.com");
    matches("certificate-expiring.txt", email.text());
    matches("certificate-expiring.html", email.html());
  }

  @Test
  void anIntegrationDownSaysWhatAPersonMustDo() throws IOException {
    Email email =
        composer.compose(
            new IntegrationAlertNotice(
                "e-down",
                "roster-service",
                "SHEETS",
                "DOWN",
                "Sheets API 403: The caller does not have permission",
                DOWN_SINCE,
                "Share the roster sheet with the service account again (Editor)."));

    assertThat(email.subject()).isEqualTo("ACTION NEEDED: SHEETS is DOWN (roster-service)");
    assertThat(email.to()).extracting(Email.Address::email).containsExactly("office@example.com");
    matches("integration-down.txt", email.text());
  }

  @Test
  void anIntegrationBackUpSaysSo() throws IOException {
    Email email =
        composer.compose(
            new IntegrationAlertNotice(
                "e-up",
                "dispatch-service",
                "DYNAMODB",
                "UP",
                "DescribeTable answered in 12 ms",
                DOWN_SINCE.plusSeconds(300),
                null));

    assertThat(email.subject()).isEqualTo("Working again: DYNAMODB (dispatch-service)");
    matches("integration-up.txt", email.text());
  }

  private static void matches(String file, String rendered) throws IOException {
    Path expected = SNAPSHOTS.resolve(file);
    assertThat(expected).as("the hand-written expected file %s", expected).exists();
    assertThat(rendered).as(file).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
