package io.crewdispatch.roster.member.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.roster.sheet.domain.SheetSnapshot;
import io.crewdispatch.roster.sheet.domain.SheetUnreadableException;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RosterReadingTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
  static final java.time.Instant SEEN = java.time.Instant.parse("2026-05-01T16:00:00Z");
  static final PhoneFormat PHONES = java.util.Optional::of;

  static final List<Object> HEADER =
      Arrays.asList("Crew ID", "Name", "Rank", "Email", "Cascade Order");

  @Test
  void theSameSheetReadAgainChangesNobody() {
    SheetSnapshot sheet = sheet(row("ann", "Ann", "Captain", "ann@example.com", 1));
    Map<String, Member> stored = byId(RosterReading.of(sheet, Map.of(), TODAY, PHONES).members());

    assertThat(RosterReading.of(sheet, stored, TODAY, PHONES).changesFrom(stored)).isEmpty();
  }

  @Test
  void aMemberNoLongerListedIsDeactivatedButARejectedOneIsKept() {
    Map<String, Member> stored =
        byId(
            RosterReading.of(
                    sheet(
                        row("ann", "Ann", "Captain", "ann@example.com", 1),
                        row("bob", "Bob", "Crew", "bob@example.com", 1),
                        row("cy", "Cy", "Crew", "cy@example.com", 2)),
                    Map.of(),
                    TODAY,
                    PHONES)
                .members());

    RosterReading reading =
        RosterReading.of(
            sheet(
                row("ann", "Ann", "Captain", "ann@example.com", 1),
                row("cy", "Cy", "Crew", "not an email", 2)),
            stored,
            TODAY,
            PHONES);

    assertThat(reading.changesFrom(stored)).containsExactly(stored.get("bob").deactivated());
    assertThat(reading.keptIds()).containsExactly("cy");
  }

  @Test
  void aSheetWithoutARosterTabCannotBeRead() {
    SheetSnapshot noRoster = new SheetSnapshot(List.of(Tab.of("June 2026", List.of())));

    assertThatThrownBy(() -> RosterReading.of(noRoster, Map.of(), TODAY, PHONES))
        .isInstanceOf(SheetUnreadableException.class)
        .hasMessage("the Roster tab is missing");
  }

  @Test
  void aMonthTabReplacesOnlyItsOwnMonth() {
    Member before =
        RosterReading.of(
                sheet(row("ann", "Ann", "Captain", "ann@example.com", 1)), Map.of(), TODAY, PHONES)
            .members()
            .get(0)
            .withCalendar(
                new java.util.TreeMap<>(
                    Map.of(
                        LocalDate.of(2026, 5, 1), DayAvailability.AVAILABLE,
                        LocalDate.of(2026, 6, 2), DayAvailability.AVAILABLE)),
                new java.util.TreeMap<>());
    SheetSnapshot withJune =
        new SheetSnapshot(
            List.of(
                roster(row("ann", "Ann", "Captain", "ann@example.com", 1)),
                Tab.of(
                    "2026-06",
                    List.of(
                        Arrays.asList("Crew ID", "Name", "Paired Captain", BigDecimal.ONE),
                        Arrays.asList("ann", null, null, "u")))));

    Member after =
        RosterReading.of(withJune, Map.of("ann", before), TODAY, PHONES).members().get(0);

    assertThat(after.availability())
        .containsExactly(
            Map.entry(LocalDate.of(2026, 5, 1), DayAvailability.AVAILABLE),
            Map.entry(LocalDate.of(2026, 6, 1), DayAvailability.UNAVAILABLE));
  }

  @Test
  void aNewCrewIdIsWrittenOnlyWhereTheCellIsStillBlankForTheSamePerson() {
    SheetSnapshot read = sheet(row(null, "Jane Doe", "Crew", "jane@example.com", 1));
    NewCrewId id = RosterReading.of(read, Map.of(), TODAY, PHONES).newCrewIds().get(0);

    assertThat(id.update().value()).isEqualTo("jane-doe");
    assertThat(id.stillFits(read.tabs().get(0))).isTrue();
    assertThat(id.stillFits(roster(row("jdoe", "Jane Doe", "Crew", "jane@example.com", 1))))
        .isFalse();
    assertThat(id.stillFits(roster(row(null, "Someone Else", "Crew", "se@example.com", 1))))
        .isFalse();
  }

  static List<Object> row(String id, String name, String rank, String email, int order) {
    return Arrays.asList(id, name, rank, email, BigDecimal.valueOf(order));
  }

  @SafeVarargs
  static Tab roster(List<Object>... rows) {
    List<List<Object>> all = new java.util.ArrayList<>();
    all.add(HEADER);
    all.addAll(List.of(rows));
    return Tab.of("Roster", all);
  }

  @SafeVarargs
  static SheetSnapshot sheet(List<Object>... rows) {
    return new SheetSnapshot(List.of(roster(rows)));
  }

  static Map<String, Member> byId(List<Member> members) {
    return members.stream()
        .map(m -> m.firstSeen(SEEN))
        .collect(Collectors.toMap(Member::crewId, Function.identity()));
  }
}
