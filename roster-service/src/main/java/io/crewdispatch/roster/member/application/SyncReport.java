package io.crewdispatch.roster.member.application;

import io.crewdispatch.platform.logging.Failures;
import io.crewdispatch.roster.config.RosterProperties;
import io.crewdispatch.roster.member.domain.NewCrewId;
import io.crewdispatch.roster.member.domain.RosterReading;
import io.crewdispatch.roster.member.domain.SyncStatusTab;
import io.crewdispatch.roster.sheet.application.RosterSheet;
import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.SheetSnapshot;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a sync's findings back in one batch (new Crew IDs and the Sync Status tab) and keeps the
 * outcome for health. A failed write-back is reported, not fatal: the table is already right.
 */
@Component
class SyncReport {

  private static final Logger log = LoggerFactory.getLogger(SyncReport.class);

  private final RosterSheet sheet;
  private final SyncOutcome outcome;
  private final ZoneId zone;
  private final PortalNotes portalNotes;

  SyncReport(
      RosterSheet sheet,
      SyncOutcome outcome,
      RosterProperties properties,
      PortalNotes portalNotes) {
    this.sheet = sheet;
    this.outcome = outcome;
    this.portalNotes = portalNotes;
    this.zone = properties.operatorTimeZone();
  }

  /** Returns the sheet's version after the write, when known. */
  Optional<String> written(SheetSnapshot snapshot, RosterReading reading, int changed, Instant at) {
    List<CellUpdate> updates = new ArrayList<>();
    updates.addAll(
        SyncStatusTab.plan(
            snapshot.tab(SyncStatusTab.NAME),
            at,
            zone,
            changed,
            reading.rejections(),
            reading.ignoredTabs(),
            portalNotes.current()));
    try {
      updates.addAll(0, newCrewIds(reading));
      Optional<String> version = sheet.write(snapshot, updates);
      outcome.synced(at, changed, reading.rejections().size(), null);
      return version;
    } catch (RuntimeException failed) {
      log.warn("event=roster_write_back_failed error={}", Failures.describe(failed));
      outcome.synced(at, changed, reading.rejections().size(), failed.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The Roster tab is the office's: it is read again just before a Crew ID is written into it, so
   * an ID typed (or a row moved) since the sync's read is never overwritten.
   */
  private List<CellUpdate> newCrewIds(RosterReading reading) {
    if (reading.newCrewIds().isEmpty()) {
      return List.of();
    }
    Optional<Tab> fresh =
        sheet.read(Set.of(RosterReading.ROSTER_TAB)).tab(RosterReading.ROSTER_TAB);
    return reading.newCrewIds().stream()
        .filter(id -> fresh.map(id::stillFits).orElse(false))
        .map(NewCrewId::update)
        .toList();
  }

  void unreadable(Instant at, String problem) {
    log.warn("event=roster_unreadable problem=\"{}\"", problem);
    outcome.unreadable(at, problem);
  }
}
