package io.crewdispatch.roster.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.Availability;
import io.crewdispatch.events.AvailabilitySet;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.topic.Topic;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Flow 14, roster side: AvailabilitySet from portal-events written into the office's workbook,
 * through the shared broker, DynamoDB Local and a real .xlsx file.
 */
@RosterServiceTest
class PortalAvailabilityIT {

  static final DateTimeFormatter STYLE =
      DateTimeFormatter.ofPattern("MMMM 'Availability'", Locale.ENGLISH);

  final XlsxFixture workbook = new XlsxFixture(Path.of("target/it/roster.xlsx"));
  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired RosterProperties properties;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();
  String crewId;
  LocalDate today;
  LocalDate soon;
  LocalDate later;

  @BeforeEach
  void setUp() {
    crewId = "port-" + UUID.randomUUID().toString().substring(0, 6);
    today = OperatorDay.today(clock, properties.operatorTimeZone());
    soon = today.plusDays(5);
    later = today.plusDays(40); // always in another month than soon
  }

  @Test
  void answersAreWrittenIntoTheMonthTabsAndTheLaterChangeWins() {
    String soonTab = STYLE.format(soon);
    List<Object> header = new ArrayList<>(List.of("Crew ID", "Name", "Paired Captain"));
    for (int d = 1; d <= soon.lengthOfMonth(); d++) {
      header.add(BigDecimal.valueOf(d));
    }
    workbook.replaceWith(
        List.of(
            Tab.of(
                "Roster",
                List.of(
                    row("Crew ID", "Name", "Rank", "Email", "Cascade Order"),
                    row(crewId, "Pat Portal", "Crew", crewId + "@example.com", BigDecimal.ONE))),
            Tab.of(soonTab, List.of(header, row(crewId, "Pat Portal")))));
    sync();

    publish(
        UUID.randomUUID().toString(),
        Map.of(soon, Availability.UNAVAILABLE, later, Availability.AVAILABLE),
        Instant.now());

    await().atMost(Duration.ofSeconds(30)).until(() -> cell(soonTab, soon).equals("U"));
    String laterTab = STYLE.format(later); // created, named as the office names its tabs
    List<List<String>> created = workbook.tab(laterTab);
    assertThat(created.get(0).subList(0, 4))
        .containsExactly("Crew ID", "Name", "Paired Captain", "1");
    assertThat(created.get(0)).hasSize(3 + later.lengthOfMonth());
    assertThat(created.get(1).subList(0, 2)).containsExactly(crewId, "Pat Portal");
    assertThat(cell(laterTab, later)).isEqualTo("A");
    RosterChanged changed =
        probe.await(
            Topic.ROSTER_MEMBERS,
            RosterChanged.class,
            e ->
                e.getCrewId().equals(crewId)
                    && e.getMember().getAvailability().containsKey(later.toString()));
    assertThat(changed.getMember().getAvailability())
        .containsEntry(soon.toString(), Availability.UNAVAILABLE)
        .containsEntry(later.toString(), Availability.AVAILABLE);

    // The office changes the day afterwards; a portal answer made before that loses, and says so.
    Instant beforeOffice = Instant.now();
    workbook.edit(soonTab, 1, soon.getDayOfMonth() + 2, "A");
    sync();
    publish(UUID.randomUUID().toString(), Map.of(soon, Availability.UNAVAILABLE), beforeOffice);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                workbook.tab("Sync Status").stream()
                    .anyMatch(
                        r -> r.size() > 3 && r.get(3).startsWith(crewId + " set unavailable")));
    assertThat(cell(soonTab, soon)).isEqualTo("A");

    // An answer made after the office's change wins.
    publish(UUID.randomUUID().toString(), Map.of(soon, Availability.UNAVAILABLE), Instant.now());
    await().atMost(Duration.ofSeconds(30)).until(() -> cell(soonTab, soon).equals("U"));
  }

  @Test
  void anUnknownMemberOrADayOutsideTheWindowIsDeadLetteredWithTheReason() {
    publish(
        "nobody-" + crewId,
        UUID.randomUUID().toString(),
        Map.of(soon, Availability.AVAILABLE),
        Instant.now());
    assertThat(probe.awaitDeadLetter(Topic.PORTAL_EVENTS, "nobody-" + crewId).reason())
        .contains("unknown crewId nobody-" + crewId);

    workbook.replaceWith(
        List.of(
            Tab.of(
                "Roster",
                List.of(
                    row("Crew ID", "Name", "Rank", "Email", "Cascade Order"),
                    row(crewId, "Pat Portal", "Crew", crewId + "@example.com", BigDecimal.ONE)))));
    sync();
    publish(
        UUID.randomUUID().toString(),
        Map.of(today.plusDays(91), Availability.AVAILABLE),
        Instant.now());
    assertThat(probe.awaitDeadLetter(Topic.PORTAL_EVENTS, crewId).reason())
        .contains("day " + today.plusDays(91) + " is outside");
  }

  private void publish(String eventId, Map<LocalDate, Availability> days, Instant setAt) {
    publish(crewId, eventId, days, setAt);
  }

  private void publish(
      String who, String eventId, Map<LocalDate, Availability> days, Instant setAt) {
    Map<String, Availability> byDate = new java.util.HashMap<>();
    days.forEach((d, a) -> byDate.put(d.toString(), a));
    probe.publish(
        Topic.PORTAL_EVENTS,
        who,
        AvailabilitySet.newBuilder()
            .setEventId(eventId)
            .setOccurredAt(Instant.now())
            .setCrewId(who)
            .setDays(byDate)
            .setSetAt(setAt)
            .build());
  }

  private String cell(String tab, LocalDate day) {
    List<List<String>> rows = workbook.tab(tab);
    if (rows.size() < 2 || rows.get(1).size() <= day.getDayOfMonth() + 2) {
      return "";
    }
    return rows.get(1).get(day.getDayOfMonth() + 2);
  }

  private void sync() {
    assertThat(new Api(port).post("/api/roster/sync").status()).isEqualTo(200);
  }

  private static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }
}
