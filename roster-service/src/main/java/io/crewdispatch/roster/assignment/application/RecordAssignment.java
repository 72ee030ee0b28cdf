package io.crewdispatch.roster.assignment.application;

import io.crewdispatch.roster.assignment.domain.AssignmentEvent;
import io.crewdispatch.roster.assignment.domain.AssignmentsTab;
import io.crewdispatch.roster.sheet.application.RosterSheet;
import io.crewdispatch.roster.sheet.application.SheetLock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the Assignments tab current: applies each event to the stored assignment once (idempotent
 * on eventId, conditional write), then rewrites the rows the sheet is behind on from a fresh read
 * of the tab: one read and one write for all the events handed over together (a fetch of
 * dispatch-events), not one each, since every write of the workbook or call to Google costs the
 * same however few cells it holds. A sheet that cannot be written now is caught up by {@link
 * #catchUp()} on the sync schedule rather than failing the events.
 */
@Service
public class RecordAssignment {

  private static final Logger log = LoggerFactory.getLogger(RecordAssignment.class);

  private final AssignmentStore store;
  private final RosterSheet sheet;
  private final SheetLock lock;

  RecordAssignment(AssignmentStore store, RosterSheet sheet, SheetLock lock) {
    this.store = store;
    this.sheet = sheet;
    this.lock = lock;
  }

  public void apply(AssignmentEvent event) {
    applyAll(List.of(event));
  }

  /**
   * Applies the events in order, their charters' assignments read together first, then writes the
   * rows they left the sheet behind on.
   */
  public void applyAll(List<AssignmentEvent> events) {
    Map<String, StoredAssignment> read =
        store.findAll(events.stream().map(AssignmentEvent::charterId).toList());
    Map<String, StoredAssignment> latest = new LinkedHashMap<>();
    for (AssignmentEvent event : events) {
      StoredAssignment stored =
          latest.getOrDefault(
              event.charterId(),
              read.getOrDefault(event.charterId(), StoredAssignment.none(event.charterId())));
      if (!stored.applied(event.eventId())) {
        var next = stored.assignment().apply(event);
        if (!next.equals(stored.assignment())) {
          stored = store.save(stored, next, event.eventId());
        }
      }
      latest.put(event.charterId(), stored);
    }
    writeRows(latest.values().stream().filter(StoredAssignment::sheetBehind).toList());
  }

  /** Writes every row the sheet is behind on. */
  public void catchUp() {
    writeRows(store.behindSheet());
  }

  private void writeRows(List<StoredAssignment> behind) {
    if (behind.isEmpty()) {
      return;
    }
    try {
      lock.hold(
          () -> {
            var current = sheet.read(Set.of(AssignmentsTab.NAME));
            var updates =
                AssignmentsTab.plan(
                    current.tab(AssignmentsTab.NAME),
                    behind.stream().map(StoredAssignment::assignment).toList());
            return sheet.write(current, updates);
          });
      for (StoredAssignment stored : behind) {
        store.markWritten(stored.assignment().charterId(), stored.version());
        log.info(
            "event=assignment_written charterId={} status={} rows={}",
            stored.assignment().charterId(),
            stored.assignment().status(),
            behind.size());
      }
    } catch (RuntimeException sheetDown) {
      log.warn(
          "event=assignment_write_deferred charterIds={} error={}",
          behind.stream().map(s -> s.assignment().charterId()).toList(),
          sheetDown.toString());
    }
  }
}
