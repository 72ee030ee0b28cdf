package io.crewdispatch.roster.member.application;

import io.crewdispatch.roster.config.RosterProperties;
import io.crewdispatch.roster.member.domain.DayAvailability;
import io.crewdispatch.roster.member.domain.DayChange;
import io.crewdispatch.roster.member.domain.MonthTabWriter;
import io.crewdispatch.roster.member.domain.PortalAnswer;
import io.crewdispatch.roster.member.domain.Rejection;
import io.crewdispatch.roster.sheet.application.RosterSheet;
import io.crewdispatch.roster.sheet.application.SheetLock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Flow 14, roster side: a crew member's own answers are written into the month tabs (the sheet
 * stays the source of truth), then the ordinary sync publishes RosterChanged. Per day the later
 * change wins: the crew's answer (its setAt) against the office's last edit of that cell (when a
 * sync first saw it, see {@link OfficeDayEdits}; an edit not yet synced counts as now). An
 * overruled answer is listed in Sync Status. Idempotent on eventId: each written day remembers the
 * event that wrote it.
 */
@Service
public class SetPortalAvailability {

  private static final Logger log = LoggerFactory.getLogger(SetPortalAvailability.class);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MemberStore store;
  private final RosterSheet sheet;
  private final SheetLock lock;
  private final SyncRoster sync;
  private final PortalNotes notes;
  private final Clock clock;
  private final ZoneId zone;
  private final int daysAhead;

  SetPortalAvailability(
      MemberStore store,
      RosterSheet sheet,
      SheetLock lock,
      SyncRoster sync,
      PortalNotes notes,
      Clock clock,
      RosterProperties properties) {
    this.store = store;
    this.sheet = sheet;
    this.lock = lock;
    this.sync = sync;
    this.notes = notes;
    this.clock = clock;
    this.zone = properties.operatorTimeZone();
    this.daysAhead = properties.portal().daysAhead();
  }

  public void apply(PortalAnswer answer) {
    StoredMember stored =
        store
            .find(answer.crewId())
            .orElseThrow(
                () -> new RejectedAvailabilityException("unknown crewId " + answer.crewId()));
    LocalDate today = LocalDate.now(clock.withZone(zone));
    for (LocalDate day : answer.days().keySet()) {
      if (day.isBefore(today) || day.isAfter(today.plusDays(daysAhead))) {
        throw new RejectedAvailabilityException(
            "day " + day + " is outside " + today + " .. " + today.plusDays(daysAhead));
      }
    }
    Map<LocalDate, DayAvailability> todo = new LinkedHashMap<>();
    answer
        .days()
        .forEach(
            (day, value) -> {
              DayChange last = stored.dayChanges().get(day);
              if (last == null || !answer.eventId().equals(last.eventId())) {
                todo.put(day, value);
              }
            });
    if (todo.isEmpty()) {
      return; // a redelivery of an answer already written
    }
    Map<LocalDate, DayChange> written = new HashMap<>();
    List<Rejection> overruled = new ArrayList<>();
    lock.hold(
        () -> {
          var snapshot = sheet.read();
          MonthTabWriter writer = new MonthTabWriter(snapshot, today);
          for (var entry : todo.entrySet()) {
            LocalDate day = entry.getKey();
            var cell = writer.locate(stored.member().crewId(), stored.member().name(), day);
            if (readable(cell).equals(Optional.of(entry.getValue()))) {
              continue; // the sheet already says so: nothing to write, nothing overruled
            }
            DayChange crews = new DayChange(entry.getValue(), answer.setAt(), answer.eventId());
            Optional<Instant> officeAt = officeChangedAt(stored, day, cell);
            if (officeAt.isPresent() && !answer.setAt().isAfter(officeAt.get())) {
              overruled.add(note(cell, entry, answer, officeAt.get()));
              continue;
            }
            writer.set(cell, entry.getValue());
            written.put(day, crews);
          }
          return sheet.write(snapshot, writer.updates());
        });
    store.recordDayChanges(answer.crewId(), written);
    notes.add(overruled);
    log.info(
        "event=portal_availability_written crewId={} eventId={} days={} overruled={}",
        answer.crewId(),
        answer.eventId(),
        written.size(),
        overruled.size());
    sync.syncNow(); // the ordinary RosterChanged follows, and Sync Status lists what was overruled
  }

  /**
   * When the office last set this cell, if it did: the recorded change when the cell still shows
   * it; nothing when the cell is as first synced and never changed since (or already shows the
   * crew's answer); the end of time when it was edited after the last sync, or holds text nobody
   * can read (the sheet is the source of truth: such an edit wins).
   */
  private static Optional<Instant> officeChangedAt(
      StoredMember stored, LocalDate day, MonthTabWriter.DayCellAt cell) {
    Optional<DayAvailability> shown;
    try {
      shown = cell.value();
    } catch (IllegalArgumentException unreadable) {
      return Optional.of(Instant.MAX);
    }
    DayChange last = stored.dayChanges().get(day);
    if (last != null && Objects.equals(last.value(), shown.orElse(null))) {
      return Optional.of(last.at()); // the office's edit, or an earlier portal answer
    }
    if (last == null
        && Objects.equals(stored.member().availability().get(day), shown.orElse(null))) {
      return Optional.empty();
    }
    return Optional.of(Instant.MAX);
  }

  private static Optional<DayAvailability> readable(MonthTabWriter.DayCellAt cell) {
    try {
      return cell.value();
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }

  private Rejection note(
      MonthTabWriter.DayCellAt cell,
      Map.Entry<LocalDate, DayAvailability> wanted,
      PortalAnswer answer,
      Instant officeAt) {
    return new Rejection(
        cell.tab(),
        cell.row() + 1,
        String.valueOf(wanted.getKey().getDayOfMonth()),
        answer.crewId()
            + " set "
            + wanted.getValue().name().toLowerCase()
            + " in the crew portal at "
            + SHOWN.format(answer.setAt().atZone(zone))
            + "; the office's later change of this cell ("
            + (officeAt.equals(Instant.MAX)
                ? "not yet synced"
                : SHOWN.format(officeAt.atZone(zone)))
            + ") was kept");
  }
}
