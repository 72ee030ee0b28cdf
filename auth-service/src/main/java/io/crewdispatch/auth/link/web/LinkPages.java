package io.crewdispatch.auth.link.web;

import io.crewdispatch.auth.link.application.AnswerStatus;
import io.crewdispatch.auth.link.application.LinkPage;
import io.crewdispatch.auth.link.application.Outcome;
import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.Confirmation;
import io.crewdispatch.auth.link.domain.Purpose;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders a {@link LinkPage}: an HTML page (one template, a form only while the link is open) or
 * JSON for API clients, with the status DESIGN.md gives each outcome.
 */
@Component
public class LinkPages {

  static final String VIEW = "crew/page";
  static final String CARD = "crew/page :: card";

  private final AnswerStatus answers;

  LinkPages(AnswerStatus answers) {
    this.answers = answers;
  }

  /** The link page for {@code page}; the crew portal answers through it too. */
  public ModelAndView html(LinkPage page, String token) {
    ModelAndView view = new ModelAndView(VIEW, status(page.outcome()));
    view.addObject("text", PageText.of(page));
    if (showsCharter(page.outcome())) {
      view.addObject("charter", CharterText.of(page.call().charter(), page.call().role()));
    }
    if (page.outcome() == Outcome.OPEN) {
      view.addObject("form", Form.of(page, token));
      view.addObject("until", CharterText.moment(page.call().expiresAt(), page.call().charter()));
    }
    if (acceptedNow(page)) {
      // Relative to /crew/accept: the status address carries no token, only the answer's receipt.
      String path = answers.pathOf(page.call());
      view.addObject("status", new StatusView(false, path, path + "/status"));
    }
    return view;
  }

  /**
   * The page after an accept, at {@code /crew/answers/<callId>/<receipt>} ({@code fragment}: only
   * its card, for the page's own poll).
   */
  ModelAndView status(AnswerStatus.Status answer, String receipt, boolean fragment) {
    ModelAndView view = new ModelAndView(fragment ? CARD : VIEW, HttpStatus.OK);
    CallLinks call = answer.call();
    view.addObject("text", PageText.of(answer.confirmation(), call));
    view.addObject("charter", CharterText.of(call.charter(), call.role()));
    view.addObject(
        "status", new StatusView(answer.confirmation().decided(), receipt, receipt + "/status"));
    return view;
  }

  ModelAndView unknownStatus() {
    return html(new LinkPage(Outcome.UNKNOWN, Purpose.ACCEPT, null, null), null);
  }

  ResponseEntity<Object> statusJson(AnswerStatus.Status answer) {
    Confirmation confirmation = answer.confirmation();
    PageText text = PageText.of(confirmation, answer.call());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("outcome", confirmation.state().name());
    if (confirmation.reason() != null) {
      body.put("reason", confirmation.reason().name());
    }
    body.put("title", text.title());
    body.put("message", text.message());
    body.put("callId", answer.call().callId());
    body.put("charter", charterJson(answer.call()));
    return ResponseEntity.ok(body);
  }

  private static boolean acceptedNow(LinkPage page) {
    return page.outcome() == Outcome.ANSWERED && page.purpose() == Purpose.ACCEPT;
  }

  ResponseEntity<Object> json(LinkPage page) {
    PageText text = PageText.of(page);
    HttpStatus status = status(page.outcome());
    CallLinks call = page.call();
    if (status.is2xxSuccessful()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("outcome", page.outcome().name());
      body.put("action", page.purpose().path());
      body.put("title", text.title());
      body.put("message", text.message());
      body.put("role", call.role().name());
      body.put("charter", charterJson(call));
      if (page.outcome() == Outcome.OPEN) {
        body.put("expiresAt", call.expiresAt().toString());
        body.put("csrf", page.formToken());
      } else {
        body.put("answer", call.answer().name());
        body.put("answeredAt", call.answeredAt().toString());
        if (acceptedNow(page)) {
          // Confirmation is dispatch's to give: poll this (relative to /crew/) for the outcome.
          body.put("confirmation", Confirmation.State.PENDING.name());
          body.put("status", answers.pathOf(call));
        }
      }
      return ResponseEntity.ok(body);
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text.message());
    problem.setTitle(text.title());
    problem.setProperty("outcome", page.outcome().name());
    switch (page.outcome()) {
      case ALREADY_ACCEPTED, ALREADY_DECLINED ->
          problem.setProperty("answeredAt", call.answeredAt().toString());
      case WITHDRAWN -> problem.setProperty("reason", call.revocation().name());
      case EXPIRED -> problem.setProperty("expiredAt", call.expiresAt().toString());
      case UNKNOWN ->
          problem.setProperty("errors", List.of(fieldError("token", "is not a valid link")));
      case FORM_REJECTED ->
          problem.setProperty(
              "errors", List.of(fieldError("csrf", "does not belong to this link or is too old")));
      default -> {}
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  static HttpStatus status(Outcome outcome) {
    return switch (outcome) {
      case OPEN, ANSWERED -> HttpStatus.OK;
      case ALREADY_ACCEPTED, ALREADY_DECLINED -> HttpStatus.CONFLICT;
      case EXPIRED, WITHDRAWN -> HttpStatus.GONE;
      case UNKNOWN -> HttpStatus.NOT_FOUND;
      case FORM_REJECTED -> HttpStatus.FORBIDDEN;
    };
  }

  /** Never for a token that did not resolve, nor for a POST that did not come from our page. */
  private static boolean showsCharter(Outcome outcome) {
    return outcome != Outcome.UNKNOWN && outcome != Outcome.FORM_REJECTED;
  }

  private static Map<String, Object> charterJson(CallLinks call) {
    var charter = call.charter();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("charterId", call.charterId());
    json.put("vessel", charter.vessel());
    json.put("sailDate", charter.sailDate().toString());
    json.put("departureTime", charter.departureTime().toString());
    json.put("returnTime", charter.returnTime().toString());
    json.put("timeZone", charter.timeZone().getId());
    return json;
  }

  static Map<String, String> fieldError(String field, String message) {
    return Map.of("field", field, "message", message);
  }

  /**
   * An accept waiting for (or showing) dispatch's decision: {@code page} reloads it without script,
   * {@code fragment} is what the page's script polls; both relative to the current page.
   */
  record StatusView(boolean decided, String page, String fragment) {}

  /**
   * The one form of an open page; the action is relative, so a path prefix in front still works.
   */
  record Form(String action, String token, String csrf, String button, String kind) {

    static Form of(LinkPage page, String token) {
      String action = page.purpose().path();
      String button = action.equals("accept") ? "Accept" : "Decline";
      return new Form(action, token, page.formToken(), button, action);
    }
  }
}
