package io.crewdispatch.console.roster;

import io.crewdispatch.console.board.application.BoardChanged;
import io.crewdispatch.console.board.application.BoardStore;
import io.crewdispatch.console.config.ConsoleProperties;
import io.crewdispatch.console.live.LivePage;
import io.crewdispatch.console.live.Times;
import io.crewdispatch.console.overview.Words;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Who is available, paired and certified on a chosen day; certificates lapsing soon. */
@Component
class RosterPage implements LivePage {

  private final RosterDay roster;
  private final BoardStore store;
  private final Clock clock;
  private final ConsoleProperties properties;
  private final ExpiringCertificates expiring;

  RosterPage(
      RosterDay roster,
      BoardStore store,
      Clock clock,
      ConsoleProperties properties,
      ExpiringCertificates expiring) {
    this.roster = roster;
    this.expiring = expiring;
    this.store = store;
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  public String name() {
    return "roster";
  }

  @Override
  public boolean shows(BoardChanged change, Map<String, String> params) {
    return change.area() == BoardChanged.Area.ROSTER
        || change.area() == BoardChanged.Area.CERTIFICATES;
  }

  @Override
  public Map<String, Object> model(Map<String, String> params) {
    LocalDate today = LocalDate.now(clock.withZone(properties.officeZone()));
    LocalDate day = today;
    String dayError = null;
    String asked = params.get("day");
    if (asked != null && !asked.isBlank()) {
      try {
        day = LocalDate.parse(asked.strip());
      } catch (DateTimeParseException e) {
        dayError = "Enter the day as year-month-day, for example " + today;
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    store.members().forEach(m -> names.put(m.crewId(), m.name()));
    List<Row> rows = new ArrayList<>();
    for (RosterDay.OnDay person : roster.on(day)) {
      rows.add(
          new Row(
              person.name(),
              person.crewId(),
              Words.role(person.rank()),
              !person.active()
                  ? "Not active"
                  : person.available() == null
                      ? "Not known"
                      : person.available() ? "Available" : "Not available",
              person.pairedCaptain() == null
                  ? "—"
                  : names.getOrDefault(person.pairedCaptain(), person.pairedCaptain()),
              person.certified() ? "Yes" : "No: a certificate lapses before this day"));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("day", day.toString());
    model.put("dayLabel", Times.day(day));
    model.put("dayError", dayError);
    model.put("rows", rows);
    model.put("expiring", expiring.all());
    model.put("certificateDays", properties.needsYou().certificateWithin().toDays());
    return model;
  }

  record Row(
      String name,
      String crewId,
      String rank,
      String availability,
      String paired,
      String certified) {}
}
