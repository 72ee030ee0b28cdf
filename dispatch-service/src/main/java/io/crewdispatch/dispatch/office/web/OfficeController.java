package io.crewdispatch.dispatch.office.web;

import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.Refusal;
import io.crewdispatch.dispatch.office.application.NoSuchCharterException;
import io.crewdispatch.dispatch.office.application.OfficeActions;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Flow 11 over HTTP: the office's actions on a charter. The office user is the authenticated
 * principal (sign-in arrives with the resource-server work); without one the action is recorded as
 * by "office". A refused action is 409 naming the reason and any conflicting charter.
 */
@RestController
class OfficeController {

  /** Who acted when the request carries no authenticated user. */
  static final String UNNAMED_OFFICE = "office";

  record Outcome(String charterId, String status) {
    static Outcome of(Charter charter) {
      return new Outcome(charter.charterId(), charter.status().name());
    }
  }

  private final OfficeActions actions;
  private final Clock clock;

  OfficeController(OfficeActions actions, Clock clock) {
    this.actions = actions;
    this.clock = clock;
  }

  @PostMapping("/api/charters/{charterId}/assign")
  Outcome assign(
      @PathVariable String charterId,
      @Valid @RequestBody OfficeRequests.Assign body,
      Principal user) {
    return Outcome.of(actions.assign(charterId, body.crewId(), body.role(), by(user)));
  }

  @PostMapping("/api/charters/{charterId}/release")
  Outcome release(
      @PathVariable String charterId,
      @Valid @RequestBody OfficeRequests.Release body,
      Principal user) {
    return Outcome.of(actions.release(charterId, body.crewId(), by(user)));
  }

  @PostMapping("/api/charters/{charterId}/recall")
  Outcome recall(@PathVariable String charterId, Principal user) {
    return Outcome.of(actions.recall(charterId, by(user)));
  }

  @PostMapping("/api/charters/{charterId}/pause")
  Outcome pause(
      @PathVariable String charterId,
      @Valid @RequestBody(required = false) OfficeRequests.Reason body,
      Principal user) {
    return Outcome.of(actions.pause(charterId, reason(body), by(user)));
  }

  @PostMapping("/api/charters/{charterId}/resume")
  Outcome resume(
      @PathVariable String charterId,
      @Valid @RequestBody(required = false) OfficeRequests.Reason body,
      Principal user) {
    return Outcome.of(actions.resume(charterId, reason(body), by(user)));
  }

  @PostMapping("/api/charters/{charterId}/calls/{callId}/skip")
  Outcome skip(@PathVariable String charterId, @PathVariable String callId, Principal user) {
    return Outcome.of(actions.skip(charterId, callId, by(user)));
  }

  @PostMapping("/api/charters/{charterId}/calls/{callId}/extend")
  Outcome extend(
      @PathVariable String charterId,
      @PathVariable String callId,
      @Valid @RequestBody OfficeRequests.Extend body,
      Principal user) {
    Instant until =
        body.until() != null
            ? body.until()
            : clock.instant().plus(Duration.ofMinutes(body.minutes()));
    return Outcome.of(actions.extend(charterId, callId, until, by(user)));
  }

  @PostMapping("/api/charters/{charterId}/calls/{callId}/resend")
  Outcome resend(@PathVariable String charterId, @PathVariable String callId, Principal user) {
    return Outcome.of(actions.resend(charterId, callId, by(user)));
  }

  @ExceptionHandler
  ProblemDetail refused(Refusal e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("The action cannot apply");
    problem.setProperty("reason", e.getMessage());
    if (e.conflictingCharter() != null) {
      problem.setProperty("conflictingCharter", e.conflictingCharter());
    }
    return problem;
  }

  @ExceptionHandler
  ProblemDetail unknown(NoSuchCharterException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Unknown charter");
    problem.setProperty("charterId", e.charterId());
    return problem;
  }

  private static String by(Principal user) {
    return user == null || user.getName() == null ? UNNAMED_OFFICE : user.getName();
  }

  private static String reason(OfficeRequests.Reason body) {
    return body == null || body.reason() == null || body.reason().isBlank() ? null : body.reason();
  }
}
