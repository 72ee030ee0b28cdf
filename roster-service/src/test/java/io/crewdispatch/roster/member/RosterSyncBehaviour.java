package io.crewdispatch.roster.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.roster.sheet.domain.MergedRange;
import io.crewdispatch.roster.sheet.domain.Tab;
import io.crewdispatch.roster.support.Api;
import io.crewdispatch.roster.support.Formula;
import io.crewdispatch.roster.support.Percent;
import io.crewdispatch.roster.support.SheetFixture;
import io.crewdispatch.testsupport.KafkaProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What a sync does, whichever adapter holds the sheet: each subclass runs every test here against
 * its own adapter (a real .xlsx file, or the real Google client against a local Sheets API).
 */
abstract class RosterSyncBehaviour {

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;
  Api api;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();
  String s;

  abstract SheetFixture sheet();

  @BeforeEach
  void setUp() {
    api = new Api(port);
    s = UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void messyInputIsReadAsPeopleMeantIt() {
    Tab roster =
        new Tab(
            "Roster",
            List.of(
                row("Crew list, summer season"),
                row("  e-MAIL ", "Name", "crew id", "RANK", "Cascade order", "Active", "Phone"),
                row("Captains"),
                row(
                    " ann." + s + "@example.com ",
                    "Ann Example",
                    "cap-" + s,
                    " captain ",
                    new Formula("0+1", new BigDecimal("1")),
                    true,
                    new BigDecimal("6195550101")),
                row("ben." + s + "@example.com", "Ben Example", "cap2-" + s, "CAPTAIN", "2", null),
                row(),
                row("cat." + s + "@example.com", "Cat Example", "crew-" + s, "Crew", num(1), "no")),
            List.of(new MergedRange(2, 2, 0, 6)));
    Tab june =
        Tab.of(
            "Jun 2026",
            List.of(
                row(
                    "Crew ID",
                    "Name",
                    "Paired Captain",
                    num(1),
                    "2",
                    num(3),
                    " 4 ",
                    num(5),
                    num(6),
                    java.time.LocalDate.of(2026, 6, 7),
                    "Notes"),
                row(
                    "cap-" + s,
                    "Ann Example",
                    null,
                    "✓",
                    " a ",
                    "Available",
                    "✗",
                    "N",
                    "u",
                    "A",
                    "prefers mornings"),
                row("crew-" + s, "Cat Example", "cap-" + s, "Y", "unavailable")));
    Tab july =
        Tab.of(
            "2026-07",
            List.of(
                row("Name", "Crew ID", "Paired Captain", num(10)),
                row("  cat   EXAMPLE ", null, "Ben Example", "A")));
    sheet().replaceWith(List.of(roster, june, july));

    JsonNode result = sync();

    assertThat(result.get("rejected")).isEmpty();
    assertThat(ids(result.get("changed"))).contains("cap-" + s, "cap2-" + s, "crew-" + s);
    JsonNode ann = member("cap-" + s);
    assertThat(ann.get("email").asString()).isEqualTo("ann." + s + "@example.com");
    assertThat(ann.get("rank").asString()).isEqualTo("CAPTAIN");
    assertThat(ann.get("cascadeOrder").asInt()).isEqualTo(1);
    assertThat(ann.get("active").asBoolean()).isTrue();
    assertThat(ann.get("phone").asString()).isEqualTo("+16195550101");
    assertThat(ann.get("availability").toString())
        .isEqualTo(
            "{\"2026-06-01\":\"AVAILABLE\",\"2026-06-02\":\"AVAILABLE\",\"2026-06-03\":\"AVAILABLE\","
                + "\"2026-06-04\":\"UNAVAILABLE\",\"2026-06-05\":\"UNAVAILABLE\","
                + "\"2026-06-06\":\"UNAVAILABLE\",\"2026-06-07\":\"AVAILABLE\"}");
    JsonNode ben = member("cap2-" + s);
    assertThat(ben.get("cascadeOrder").asInt()).isEqualTo(2);
    assertThat(ben.get("active").asBoolean()).isTrue();
    assertThat(ben.get("phone").isNull()).isTrue();
    JsonNode cat = member("crew-" + s);
    assertThat(cat.get("active").asBoolean()).isFalse();
    assertThat(cat.get("pairedCaptainByMonth").toString())
        .isEqualTo("{\"2026-06\":\"cap-" + s + "\",\"2026-07\":\"cap2-" + s + "\"}");
    assertThat(cat.get("availability").toString())
        .isEqualTo(
            "{\"2026-06-01\":\"AVAILABLE\",\"2026-06-02\":\"UNAVAILABLE\","
                + "\"2026-07-10\":\"AVAILABLE\"}");
    RosterChanged published =
        probe.await(
            Topic.ROSTER_MEMBERS, RosterChanged.class, e -> e.getCrewId().equals("crew-" + s));
    assertThat(published.getMember().getActive()).isFalse();
    assertThat(published.getMember().getPairedCaptainByMonth())
        .containsEntry("2026-07", "cap2-" + s);
  }

  @Test
  void aSyncThatFindsNothingNewEmitsNothing() {
    sheet().replaceWith(List.of(roster(captain("cap-" + s, 1), crew("crew-" + s, 1))));
    assertThat(ids(syncAndSettle().get("changed"))).contains("cap-" + s, "crew-" + s);
    int before = probe.events(Topic.ROSTER_MEMBERS, RosterChanged.class, e -> true).size();

    JsonNode again = sync();

    assertThat(again.get("changed")).isEmpty();
    assertThat(again.get("skipped").asBoolean()).isFalse();
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .until(
            () -> probe.events(Topic.ROSTER_MEMBERS, RosterChanged.class, e -> true).size(),
            n -> n == before);
  }

  @Test
  void aMemberRemovedFromTheSheetIsDeactivatedNotDeleted() {
    sheet().replaceWith(List.of(roster(captain("cap-" + s, 1), crew("crew-" + s, 1))));
    sync();

    sheet().replaceWith(List.of(roster(captain("cap-" + s, 1))));
    JsonNode result = sync();

    assertThat(ids(result.get("changed"))).contains("crew-" + s).doesNotContain("cap-" + s);
    assertThat(member("crew-" + s).get("active").asBoolean()).isFalse();
    assertThat(member("crew-" + s).get("email").asString()).isEqualTo("crew-" + s + "@example.com");
    probe.await(
        Topic.ROSTER_MEMBERS,
        RosterChanged.class,
        e -> e.getCrewId().equals("crew-" + s) && !e.getMember().getActive());
  }

  @Test
  void badRowsAreReportedAndTheirMembersKeepTheLastGoodRecord() {
    List<Object> header = new ArrayList<>(List.of("Crew ID", "Name", "Paired Captain"));
    header.addAll(List.of(num(1), num(2), num(31)));
    sheet()
        .replaceWith(
            List.of(
                roster(captain("a-" + s, 1), crew("b-" + s, 1), captain("c-" + s, 2)),
                Tab.of("June 2026", List.of(header, row("a-" + s, null, null, "A", "A")))));
    sync();

    Tab roster =
        roster(
            row("a-" + s, "A Person", "Captain", "not-an-email", num(1), "yes"),
            row("b-" + s, "B Person", "Deckhand", "b-" + s + "@example.com", num(1), "yes"),
            captain("c-" + s, 2),
            row("c-" + s, "C Twin", "Crew", "twin-" + s + "@example.com", num(2), "yes"),
            captain("e-" + s, 2),
            crew("g-" + s, 3),
            crew("h-" + s, 4));
    Tab june =
        Tab.of(
            "June 2026",
            List.of(
                header,
                row("a-" + s, null, null, "U", "U"),
                row("g-" + s, null, "h-" + s, "A", "maybe")));
    sheet().replaceWith(List.of(roster, june));

    JsonNode result = sync();

    List<String> reasons = new ArrayList<>();
    result
        .get("rejected")
        .forEach(
            r ->
                reasons.add(
                    r.get("tab").asString()
                        + "|"
                        + r.get("row").asInt()
                        + "|"
                        + r.get("column").asString()
                        + "|"
                        + r.get("reason").asString()));
    assertThat(reasons)
        .contains(
            "Roster|2|Email|Email 'not-an-email' is not an email address",
            "Roster|3|Rank|Rank 'Deckhand' is not Captain or Crew",
            "Roster|5|Crew ID|Crew ID c-" + s + " is already used on row 4",
            "Roster|6|Cascade Order|Cascade Order 2 is already the captain's on row 4",
            "June 2026|1|31|June 2026 has no day 31",
            "June 2026|3|Paired Captain|Paired Captain h-"
                + s
                + " is not a captain on the Roster tab",
            "June 2026|3|2|'maybe' is not A (available) or U (unavailable)");
    JsonNode a = member("a-" + s);
    assertThat(a.get("email").asString()).isEqualTo("a-" + s + "@example.com");
    assertThat(a.get("active").asBoolean()).isTrue();
    assertThat(a.get("availability").toString())
        .isEqualTo("{\"2026-06-01\":\"AVAILABLE\",\"2026-06-02\":\"AVAILABLE\"}");
    assertThat(member("b-" + s).get("rank").asString()).isEqualTo("CREW");
    assertThat(api.get("/api/roster/e-" + s).status()).isEqualTo(404);
    assertThat(ids(result.get("changed"))).doesNotContain("a-" + s, "b-" + s, "c-" + s);
    assertThat(member("g-" + s).get("availability").toString())
        .isEqualTo("{\"2026-06-01\":\"AVAILABLE\"}");
    List<List<String>> status = sheet().tab("Sync Status");
    assertThat(status.get(0).get(0)).isEqualTo("Last sync");
    assertThat(status)
        .anySatisfy(
            r ->
                assertThat(r)
                    .containsExactly(
                        "Roster", "3", "Rank", "Rank 'Deckhand' is not Captain or Crew"));
    assertThat(status).hasSize(5 + reasons.size());
  }

  @Test
  void blankCrewIdsGetUniqueSlugsWrittenBackToTheSheet() {
    String name = "Zoë Quay " + s;
    sheet()
        .replaceWith(
            List.of(
                roster(
                    row(null, name, "Crew", "z1-" + s + "@example.com", num(1), "yes"),
                    row("", name, "Crew", "z2-" + s + "@example.com", num(2), "yes"))));

    JsonNode result = sync();

    String slug = "zoe-quay-" + s;
    assertThat(ids(result.get("changed"))).contains(slug, slug + "-2");
    assertThat(member(slug + "-2").get("email").asString()).isEqualTo("z2-" + s + "@example.com");
    List<List<String>> written = sheet().tab("Roster");
    assertThat(written.get(1).get(0)).isEqualTo(slug);
    assertThat(written.get(2).get(0)).isEqualTo(slug + "-2");
    assertThat(sync().get("changed")).isEmpty();
  }

  @Test
  void monthsTheSheetNoLongerHasKeepTheirStoredAvailability() {
    Tab june = month("June 2026", "cap-" + s, "A", "U");
    Tab july = month("July 2026", "cap-" + s, "U");
    sheet().replaceWith(List.of(roster(captain("cap-" + s, 1)), june, july));
    sync();

    sheet()
        .replaceWith(List.of(roster(captain("cap-" + s, 1)), month("July 2026", "cap-" + s, "A")));
    sync();

    assertThat(member("cap-" + s).get("availability").toString())
        .isEqualTo(
            "{\"2026-06-01\":\"AVAILABLE\",\"2026-06-02\":\"UNAVAILABLE\","
                + "\"2026-07-01\":\"AVAILABLE\"}");
  }

  @Test
  void monthTabsAreReadAsTheOfficeNamesThemAndEveryOtherTabIsListedAsIgnored() {
    // A name without a year is the next such month from today: two months on is never this year's
    // past month, whatever day the suite runs.
    java.time.YearMonth later = java.time.YearMonth.now(java.time.ZoneId.of("America/Los_Angeles"));
    later = later.plusMonths(2);
    String laterName =
        later.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    sheet()
        .replaceWith(
            List.of(
                roster(captain("cap-" + s, 1)),
                month("July 2026 Availability", "cap-" + s, "A"),
                month(
                    laterName.toLowerCase(java.util.Locale.ROOT) + "  AVAILABILITY",
                    "cap-" + s,
                    "A",
                    "U"),
                month("August 2026", "cap-" + s, "A"),
                month("Aug 2026", "cap-" + s, "U"),
                Tab.of("Crew Photos", List.of(row("whatever")))));
    sync();
    sheet()
        .replaceWith(
            List.of(
                roster(captain("cap-" + s, 1)),
                month("August 2026", "cap-" + s, "U", "U"),
                month("2026-08", "cap-" + s, "A", "A"),
                Tab.of("Crew Photos", List.of(row("whatever")))));

    JsonNode result = sync();

    JsonNode cap = member("cap-" + s);
    String later1 = later.atDay(1).toString();
    String later2 = later.atDay(2).toString();
    assertThat(cap.get("availability").get(later1).asString()).isEqualTo("AVAILABLE");
    assertThat(cap.get("availability").get(later2).asString()).isEqualTo("UNAVAILABLE");
    assertThat(cap.get("availability").get("2026-07-01").asString()).isEqualTo("AVAILABLE");
    // Two tabs for August, on both syncs: August was never read, and nothing was taken from them.
    assertThat(cap.get("availability").has("2026-08-01")).isFalse();
    assertThat(result.get("rejected"))
        .extracting(r -> r.get("tab").asString() + "|" + r.get("reason").asString())
        .containsExactlyInAnyOrder(
            "August 2026|tabs 'August 2026', '2026-08' are all August 2026;"
                + " none is read until only one is left",
            "2026-08|tabs 'August 2026', '2026-08' are all August 2026;"
                + " none is read until only one is left");
    assertThat(sheet().tab("Sync Status"))
        .anySatisfy(
            r ->
                assertThat(r)
                    .containsExactly(
                        "Crew Photos",
                        "",
                        "",
                        "ignored: not Roster, Assignments, Sync Status or a month"
                            + " (June 2026, June Availability...)"));
  }

  @Test
  void optionalColumnsTravelInRosterChangedAndABadCellKeepsTheLastGoodRecord() {
    List<Object> header =
        row(
            "Revenue Share %",
            "Crew ID",
            "Name",
            "USCG Master Expires",
            "Rank",
            "Email",
            "Cascade Order",
            "Channel",
            "Phone",
            "Day Rate",
            "First Aid  expires");
    Tab first =
        Tab.of(
            "Roster",
            List.of(
                header,
                row(
                    "12.5%",
                    "cap-" + s,
                    "Ann Example",
                    java.time.LocalDate.of(2027, 3, 31),
                    "Captain",
                    "cap-" + s + "@example.com",
                    num(1),
                    " sms ",
                    "(619) 555-0101",
                    "$450",
                    "2026-12-01"),
                row(
                    null,
                    "crew-" + s,
                    "Cat Example",
                    null,
                    "Crew",
                    "crew-" + s + "@example.com",
                    num(1),
                    null,
                    "call the marina",
                    null,
                    null)));
    sheet().replaceWith(List.of(first));

    JsonNode result = syncAndSettle();

    assertThat(result.get("rejected"))
        .extracting(r -> r.get("column").asString() + "|" + r.get("reason").asString())
        .containsExactly("Phone|Phone 'call the marina' is not a phone number (published as none)");
    JsonNode ann = member("cap-" + s);
    assertThat(ann.get("channel").asString()).isEqualTo("SMS");
    assertThat(ann.get("phone").asString()).isEqualTo("+16195550101");
    assertThat(ann.get("pay").get("dayRate").decimalValue()).isEqualByComparingTo("450");
    assertThat(ann.get("pay").get("revenueSharePercent").decimalValue())
        .isEqualByComparingTo("12.5");
    assertThat(ann.get("certificates").toString())
        .isEqualTo("{\"First Aid\":\"2026-12-01\",\"USCG Master\":\"2027-03-31\"}");
    String createdAt = ann.get("createdAt").asString();
    JsonNode cat = member("crew-" + s);
    assertThat(cat.get("channel").asString()).isEqualTo("EMAIL");
    assertThat(cat.get("phone").isNull()).isTrue();
    RosterChanged published =
        probe.await(
            Topic.ROSTER_MEMBERS, RosterChanged.class, e -> e.getCrewId().equals("cap-" + s));
    assertThat(published.getMember().getChannel()).isEqualTo(io.crewdispatch.events.Channel.SMS);
    assertThat(published.getMember().getPay().getDayRate()).isEqualByComparingTo("450");
    assertThat(published.getMember().getPay().getRevenueSharePercent())
        .isEqualByComparingTo("12.5");
    assertThat(published.getMember().getCertificates())
        .containsEntry("USCG Master", "2027-03-31")
        .containsEntry("First Aid", "2026-12-01");
    assertThat(published.getMember().getCreatedAt()).hasToString(createdAt);

    Tab bad =
        Tab.of(
            "Roster",
            List.of(
                header,
                row(
                    "150",
                    "cap-" + s,
                    "Ann Renamed",
                    "soon",
                    "Captain",
                    "cap-" + s + "@example.com",
                    num(1),
                    "pigeon",
                    "(619) 555-0101",
                    "lots",
                    "2026-12-01"),
                row(
                    null,
                    "crew-" + s,
                    "Cat Example",
                    null,
                    "Crew",
                    "crew-" + s + "@example.com",
                    num(1),
                    "Both",
                    "619 555 0102",
                    null,
                    null)));
    sheet().replaceWith(List.of(bad));

    JsonNode second = sync();

    assertThat(second.get("rejected"))
        .extracting(r -> r.get("column").asString() + "|" + r.get("reason").asString())
        .containsExactlyInAnyOrder(
            "Channel|Channel 'pigeon' is not Email, SMS or Both",
            "Day Rate|Day Rate 'lots' is not a number",
            "Revenue Share %|Revenue Share % '150' must be between 0 and 100 with at most 2"
                + " decimals",
            "USCG Master Expires|USCG Master Expires 'soon' is not a date");
    JsonNode kept = member("cap-" + s);
    assertThat(kept.get("name").asString()).isEqualTo("Ann Example");
    assertThat(kept.get("channel").asString()).isEqualTo("SMS");
    assertThat(kept.get("createdAt").asString()).isEqualTo(createdAt);
    JsonNode catNow = member("crew-" + s);
    assertThat(catNow.get("channel").asString()).isEqualTo("BOTH");
    assertThat(catNow.get("phone").asString()).isEqualTo("+16195550102");
    assertThat(catNow.get("createdAt").asString()).isEqualTo(cat.get("createdAt").asString());
  }

  @Test
  void revenueSharePercentIsReadAsTheOfficeSeesIt() {
    List<Object> header =
        row("Crew ID", "Name", "Rank", "Email", "Cascade Order", "Revenue Share %");
    String[] ids = {"pct-", "plain-", "text-", "frac-", "high-"};
    Object[] shares = {
      Percent.of("0.125"), new BigDecimal("12.5"), "12.5%", new BigDecimal("0.125"), "150"
    };
    List<List<Object>> rows = new ArrayList<>(List.of(header));
    for (int i = 0; i < ids.length; i++) {
      String id = ids[i] + s;
      rows.add(row(id, "Crew " + id, "Crew", id + "@example.com", num(i + 1), shares[i]));
    }
    sheet().replaceWith(List.of(Tab.of("Roster", rows)));

    JsonNode result = sync();

    for (String id : List.of("pct-" + s, "plain-" + s, "text-" + s)) {
      assertThat(member(id).get("pay").get("revenueSharePercent").decimalValue())
          .as(id)
          .isEqualByComparingTo("12.5");
    }
    assertThat(result.get("rejected"))
        .extracting(r -> r.get("row").asInt() + "|" + r.get("reason").asString())
        .containsExactlyInAnyOrder(
            "5|Revenue Share % '0.125' is ambiguous: write 12.5% for that share of the revenue,"
                + " or 0.125% if you mean less than one percent",
            "6|Revenue Share % '150' must be between 0 and 100 with at most 2 decimals");
    assertThat(api.get("/api/roster/frac-" + s).status()).isEqualTo(404);
  }

  @Test
  void aCrewMembersOwnAnswerIsWrittenIntoAMonthTabCreatedForIt() {
    java.time.LocalDate day =
        java.time.LocalDate.now(java.time.ZoneId.of("America/Los_Angeles")).plusDays(7);
    String tabName =
        java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", java.util.Locale.ENGLISH)
            .format(day);
    sheet().replaceWith(List.of(roster(crew("crew-" + s, 1))));
    syncAndSettle();

    probe.publish(
        Topic.PORTAL_EVENTS,
        "crew-" + s,
        io.crewdispatch.events.AvailabilitySet.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setOccurredAt(java.time.Instant.now())
            .setCrewId("crew-" + s)
            .setDays(
                java.util.Map.of(day.toString(), io.crewdispatch.events.Availability.UNAVAILABLE))
            .setSetAt(java.time.Instant.now())
            .build());

    RosterChanged changed =
        probe.await(
            Topic.ROSTER_MEMBERS,
            RosterChanged.class,
            e ->
                e.getCrewId().equals("crew-" + s)
                    && e.getMember().getAvailability().containsKey(day.toString()));
    assertThat(changed.getMember().getAvailability().get(day.toString()))
        .isEqualTo(io.crewdispatch.events.Availability.UNAVAILABLE);
    List<List<String>> tab = sheet().tab(tabName);
    assertThat(tab.get(0)).hasSize(3 + day.lengthOfMonth());
    assertThat(tab.get(1).get(0)).isEqualTo("crew-" + s);
    assertThat(tab.get(1).get(2 + day.getDayOfMonth())).isEqualTo("U");
  }

  @Test
  void anUnreadableSheetChangesNothingAndHealthSaysWhy() {
    sheet().replaceWith(List.of(roster(captain("cap-" + s, 1))));
    syncAndSettle();
    int before = probe.events(Topic.ROSTER_MEMBERS, RosterChanged.class, e -> true).size();

    sheet().replaceWith(List.of(month("June 2026", "cap-" + s, "U")));
    Api.Reply reply = api.post("/api/roster/sync");

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body().get("detail").asString()).contains("the Roster tab is missing");
    JsonNode health =
        new Api(managementPort, null)
            .get("/actuator/health")
            .body()
            .get("components")
            .get("rosterSheet");
    assertThat(health.get("status").asString()).isEqualTo("DOWN");
    assertThat(health.get("details").get("problem").asString())
        .isEqualTo("the Roster tab is missing");
    assertThat(member("cap-" + s).get("active").asBoolean()).isTrue();
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(3))
        .until(
            () -> probe.events(Topic.ROSTER_MEMBERS, RosterChanged.class, e -> true).size(),
            n -> n == before);

    sheet().replaceWith(List.of(roster(captain("cap-" + s, 1))));
    sync();
    assertThat(
            new Api(managementPort, null)
                .get("/actuator/health")
                .body()
                .get("components")
                .get("rosterSheet")
                .get("status")
                .asString())
        .isEqualTo("UP");
  }

  @Test
  void anUnknownCrewIdIsANotFoundProblem() {
    Api.Reply reply = api.get("/api/roster/nobody-" + s);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body().get("detail").asString()).contains("nobody-" + s);
  }

  // ---- helpers

  JsonNode sync() {
    Api.Reply reply = api.post("/api/roster/sync");
    assertThat(reply.status()).as("sync: %s", reply.body()).isEqualTo(200);
    return reply.body();
  }

  /** Syncs and waits until the probe has seen every event the sync published. */
  JsonNode syncAndSettle() {
    JsonNode result = sync();
    Set<String> changed = ids(result.get("changed"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                probe.events(Topic.ROSTER_MEMBERS, RosterChanged.class, e -> true).stream()
                    .map(RosterChanged::getCrewId)
                    .collect(java.util.stream.Collectors.toSet())
                    .containsAll(changed));
    return result;
  }

  JsonNode member(String crewId) {
    Api.Reply reply = api.get("/api/roster/" + crewId);
    assertThat(reply.status()).as("GET %s", crewId).isEqualTo(200);
    return reply.body();
  }

  static Set<String> ids(JsonNode array) {
    return Set.copyOf(
        StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList());
  }

  static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  static BigDecimal num(int n) {
    return BigDecimal.valueOf(n);
  }

  static List<Object> captain(String id, int order) {
    return row(id, "Captain " + id, "Captain", id + "@example.com", num(order), "yes");
  }

  static List<Object> crew(String id, int order) {
    return row(id, "Crew " + id, "Crew", id + "@example.com", num(order), "yes");
  }

  @SafeVarargs
  static Tab roster(List<Object>... members) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Crew ID", "Name", "Rank", "Email", "Cascade Order", "Active"));
    rows.addAll(List.of(members));
    return Tab.of("Roster", rows);
  }

  static Tab month(String name, String crewId, String... days) {
    List<Object> header = new ArrayList<>(List.of("Crew ID", "Name", "Paired Captain"));
    List<Object> cells = new ArrayList<>(Arrays.asList(crewId, null, null));
    for (int d = 1; d <= days.length; d++) {
      header.add(num(d));
      cells.add(days[d - 1]);
    }
    return Tab.of(name, List.of(header, cells));
  }
}
