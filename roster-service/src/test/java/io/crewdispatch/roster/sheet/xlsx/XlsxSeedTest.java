package io.crewdispatch.roster.sheet.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.roster.config.RosterProperties;
import io.crewdispatch.roster.member.domain.DayAvailability;
import io.crewdispatch.roster.member.domain.Member;
import io.crewdispatch.roster.member.domain.RosterReading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The invented roster a first local start writes, read back through the real adapter. */
class XlsxSeedTest {

  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  @TempDir Path dir;

  @Test
  void aMissingWorkbookIsSeededWithTheDocumentedRosterForThisMonthAndTheNext() throws Exception {
    // 2026-07-01 03:00 UTC is still June 30 in San Diego: the tabs follow the office's calendar.
    Clock clock = Clock.fixed(Instant.parse("2026-07-01T03:00:00Z"), ZoneId.of("UTC"));
    XlsxRosterSheet sheet = sheet(dir.resolve("var/roster.xlsx"), true);

    new XlsxSeed(sheet, properties(dir.resolve("var/roster.xlsx"), true), clock)
        .afterPropertiesSet();

    var snapshot = sheet.read();
    assertThat(snapshot.tabs())
        .extracting(t -> t.name())
        .containsExactly("Roster", "June 2026", "July 2026", "Assignments", "Sync Status");
    RosterReading reading =
        RosterReading.of(snapshot, Map.of(), LocalDate.of(2026, 6, 30), java.util.Optional::of);
    assertThat(reading.rejections()).isEmpty();
    Map<String, Member> members =
        reading.members().stream().collect(Collectors.toMap(Member::crewId, Function.identity()));
    assertThat(members).hasSize(12);
    assertThat(members.values().stream().filter(m -> m.rank().name().equals("CAPTAIN")))
        .extracting(Member::crewId, Member::cascadeOrder)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("morgan-tide", 1),
            org.assertj.core.groups.Tuple.tuple("casey-harbor", 2),
            org.assertj.core.groups.Tuple.tuple("riley-keel", 3),
            org.assertj.core.groups.Tuple.tuple("jamie-anchor", 4));
    for (String id : new String[] {"morgan-tide", "sam-rigging", "avery-sail"}) {
      Member m = members.get(id);
      assertThat(m.availability()).hasSize(30 + 31);
      assertThat(m.availability().values()).containsOnly(DayAvailability.AVAILABLE);
      assertThat(m.email()).isEqualTo(id + "@example.com");
    }
    assertThat(members.get("sam-rigging").pairedCaptainByMonth())
        .containsEntry(YearMonth.of(2026, 6), "morgan-tide")
        .containsEntry(YearMonth.of(2026, 7), "morgan-tide");
    assertThat(members.get("casey-harbor").availability())
        .containsEntry(LocalDate.of(2026, 6, 6), DayAvailability.UNAVAILABLE)
        .containsEntry(LocalDate.of(2026, 7, 7), DayAvailability.UNAVAILABLE)
        .containsEntry(LocalDate.of(2026, 6, 8), DayAvailability.AVAILABLE);
  }

  @Test
  void anExistingWorkbookIsNeverOverwritten() throws Exception {
    Path path = dir.resolve("roster.xlsx");
    Files.writeString(path, "the office's own file");

    new XlsxSeed(sheet(path, true), properties(path, true), Clock.systemUTC()).afterPropertiesSet();

    assertThat(Files.readString(path)).isEqualTo("the office's own file");
  }

  static XlsxRosterSheet sheet(Path path, boolean seed) {
    return new XlsxRosterSheet(properties(path, seed));
  }

  static RosterProperties properties(Path path, boolean seed) {
    return new RosterProperties(
        LOS_ANGELES,
        RosterProperties.Source.XLSX,
        new RosterProperties.Xlsx(path, seed),
        new RosterProperties.Sheets(
            null,
            null,
            "https://sheets.googleapis.com/",
            "https://www.googleapis.com/",
            null,
            new RosterProperties.Retry(
                Duration.ofSeconds(1), Duration.ofSeconds(32), Duration.ofMinutes(2))),
        new RosterProperties.Drive(null, null),
        new RosterProperties.Sync(true, Duration.ofSeconds(60), Duration.ofMinutes(10)),
        "US",
        new RosterProperties.Certificates(30, Duration.ofHours(24)),
        new RosterProperties.Portal(90));
  }
}
