package io.crewdispatch.roster.member.web;

import io.crewdispatch.roster.member.application.RosterQueries;
import io.crewdispatch.roster.member.application.SyncResult;
import io.crewdispatch.roster.member.application.SyncRoster;
import io.crewdispatch.roster.sheet.domain.SheetUnreadableException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Sync now, and the stored roster. */
@RestController
@RequestMapping("/api/roster")
class RosterController {

  private final SyncRoster sync;
  private final RosterQueries roster;

  RosterController(SyncRoster sync, RosterQueries roster) {
    this.sync = sync;
    this.roster = roster;
  }

  /**
   * Reads the sheet now (even if it looks unchanged) and says what changed and what was skipped.
   */
  @PostMapping("/sync")
  SyncResult syncNow() {
    return sync.syncNow();
  }

  @GetMapping
  List<MemberView> all() {
    return roster.all().stream().map(MemberView::of).toList();
  }

  @GetMapping("/{crewId}")
  MemberView one(@PathVariable String crewId) {
    return roster
        .find(crewId)
        .map(MemberView::of)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "No roster member has Crew ID " + crewId));
  }

  @ExceptionHandler(SheetUnreadableException.class)
  ProblemDetail unreadable(SheetUnreadableException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE, "The roster sheet cannot be read: " + e.getMessage());
    problem.setTitle("Roster sheet unreadable");
    return problem;
  }
}
