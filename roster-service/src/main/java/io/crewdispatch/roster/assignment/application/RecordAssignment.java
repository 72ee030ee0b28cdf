package io.crewdispatch.roster.assignment.application;

import io.crewdispatch.roster.assignment.domain.AssignmentEvent;
import io.crewdispatch.roster.assignment.domain.AssignmentsTab;
import io.crewdispatch.roster.sheet.application.RosterSheet;
import io.crewdispatch.roster.sheet.application.SheetLock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the Assignments tab current: applies the event to the stored assignment once (idempotent on
 * eventId, conditional write), then rewrites the charter's row from a fresh read of the tab. A
 * sheet that cannot be written now is caught up by {@link #catchUp()} on the sync schedule rather
 * than failing the event.
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
    StoredAssignment stored =
        store.find(event.charterId()).orElseGet(() -> StoredAssignment.none(event.charterId()));
    if (!stored.applied(event.eventId())) {
      var next = stored.assignment().apply(event);
      if (!next.equals(stored.assignment())) {
        stored = store.save(stored, next, event.eventId());
      }
    }
    if (stored.sheetBehind()) {
      writeRow(stored);
    }
  }

  /** Writes every row the sheet is behind on. */
  public void catchUp() {
    store.behindSheet().forEach(this::writeRow);
  }

  private void writeRow(StoredAssignment stored) {
    String charterId = stored.assignment().charterId();
    try {
      lock.hold(
          () -> {
            var current = sheet.read(Set.of(AssignmentsTab.NAME));
            var updates =
                AssignmentsTab.plan(current.tab(AssignmentsTab.NAME), stored.assignment());
            return sheet.write(current, updates);
          });
      store.markWritten(charterId, stored.version());
      log.info(
          "event=assignment_written charterId={} status={}",
          charterId,
          stored.assignment().status());
    } catch (RuntimeException sheetDown) {
      log.warn(
          "event=assignment_write_deferred charterId={} error={}", charterId, sheetDown.toString());
    }
  }
}
