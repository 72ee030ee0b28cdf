package io.crewdispatch.roster.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.CertificateExpiring;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.roster.certificate.application.WarnOfLapsingCertificates;
import io.crewdispatch.roster.config.RosterProperties;
import io.crewdispatch.roster.sheet.domain.Tab;
import io.crewdispatch.roster.support.Api;
import io.crewdispatch.roster.support.OperatorDay;
import io.crewdispatch.roster.support.RosterServiceTest;
import io.crewdispatch.roster.support.XlsxFixture;
import io.crewdispatch.testsupport.KafkaProbe;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Flow 15: CertificateExpiring on ops-events, once per member, certificate and expiry date. */
@RosterServiceTest
class CertificateExpiringIT {

  final XlsxFixture workbook = new XlsxFixture(Path.of("target/it/roster.xlsx"));
  @LocalServerPort int port;
  @Autowired WarnOfLapsingCertificates daily;
  @Autowired Clock clock;
  @Autowired RosterProperties properties;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();
  String crewId;
  LocalDate today;

  @BeforeEach
  void setUp() {
    crewId = "cert-" + UUID.randomUUID().toString().substring(0, 6);
    today = OperatorDay.today(clock, properties.operatorTimeZone());
  }

  @Test
  void aLapsingCertificateIsWarnedOfOnceAndARenewedOneAgain() {
    LocalDate licence = today.plusDays(30);
    roster(licence, today.plusDays(31));

    sync();

    CertificateExpiring warned = awaitWarnings(1).get(0);
    assertThat(warned.getCertificate()).isEqualTo("USCG Master");
    assertThat(warned.getExpiresOn()).isEqualTo(licence);
    assertThat(warned.getName()).isEqualTo("Ann Licence");
    assertThat(warned.getRank()).isEqualTo(Rank.CAPTAIN);

    // A second sync, and the daily check as a restarted or second instance runs it: nothing new.
    sync();
    daily.checkStored();
    await()
        .during(Duration.ofMillis(800))
        .atMost(Duration.ofSeconds(5))
        .until(() -> warnings().size(), n -> n == 1);

    LocalDate renewed = today.plusDays(20); // a new date, even an earlier one, is a new warning
    roster(renewed, today.plusDays(31));
    sync();

    assertThat(awaitWarnings(2).get(1).getExpiresOn()).isEqualTo(renewed);
  }

  private void roster(LocalDate licence, LocalDate firstAid) {
    workbook.replaceWith(
        List.of(
            Tab.of(
                "Roster",
                List.of(
                    row(
                        "Crew ID",
                        "Name",
                        "Rank",
                        "Email",
                        "Cascade Order",
                        "USCG Master Expires",
                        "First Aid Expires"),
                    row(
                        crewId,
                        "Ann Licence",
                        "Captain",
                        crewId + "@example.com",
                        BigDecimal.ONE,
                        licence.toString(),
                        firstAid.toString())))));
  }

  private void sync() {
    assertThat(new Api(port).post("/api/roster/sync").status()).isEqualTo(200);
  }

  private List<CertificateExpiring> awaitWarnings(int count) {
    await().atMost(Duration.ofSeconds(20)).until(() -> warnings().size() >= count);
    return warnings();
  }

  private List<CertificateExpiring> warnings() {
    return probe.events(
        Topic.OPS_EVENTS, CertificateExpiring.class, e -> e.getCrewId().equals(crewId));
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }
}
