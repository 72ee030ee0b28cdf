package io.crewdispatch.console.charter;

import io.crewdispatch.console.board.application.BoardStore;
import io.crewdispatch.console.board.domain.Member;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /charters/{id}}: the charter page and the office's actions on it. Each action goes to
 * dispatch as the signed-in user; the page then says what happened, or why not. Releasing a person
 * and skipping a call cannot be undone, so they ask first.
 */
@Controller
class CharterController {

  private final CharterPage page;
  private final DispatchActions dispatch;
  private final BoardStore board;
  private final Clock clock;

  CharterController(CharterPage page, DispatchActions dispatch, BoardStore board, Clock clock) {
    this.page = page;
    this.dispatch = dispatch;
    this.board = board;
    this.clock = clock;
  }

  @GetMapping("/charters/{id}")
  String charter(@PathVariable String id, Model model) {
    model.addAllAttributes(page.model(Map.of("id", id)));
    return page.name();
  }

  @PostMapping("/charters/{id}/assign")
  String assign(
      @PathVariable String id,
      @RequestParam String crewId,
      @RequestParam String role,
      RedirectAttributes flash) {
    return act(
        id,
        "assign",
        Map.of("crewId", crewId, "role", role),
        "Assigned "
            + name(crewId)
            + " as "
            + role.toLowerCase(Locale.UK)
            + ". They are told by email.",
        flash);
  }

  @PostMapping("/charters/{id}/recall")
  String recall(@PathVariable String id, RedirectAttributes flash) {
    return act(id, "recall", Map.of(), "The cascade is calling again now.", flash);
  }

  @PostMapping("/charters/{id}/pause")
  String pause(
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      RedirectAttributes flash) {
    return act(
        id,
        "pause",
        reason(reason),
        "Calls are paused. Nobody new is called until you resume.",
        flash);
  }

  @PostMapping("/charters/{id}/resume")
  String resume(
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      RedirectAttributes flash) {
    return act(id, "resume", reason(reason), "Calls are resumed.", flash);
  }

  @PostMapping("/charters/{id}/release")
  String release(@PathVariable String id, @RequestParam String crewId, RedirectAttributes flash) {
    return act(
        id,
        "release",
        Map.of("crewId", crewId),
        "Released " + name(crewId) + ". The cascade calls someone else for the seat.",
        flash);
  }

  @PostMapping("/charters/{id}/calls/{callId}/skip")
  String skip(@PathVariable String id, @PathVariable String callId, RedirectAttributes flash) {
    return act(
        id,
        "calls/" + callId + "/skip",
        Map.of(),
        "Skipped. The next person is being called.",
        flash);
  }

  @PostMapping("/charters/{id}/calls/{callId}/extend")
  String extend(
      @PathVariable String id,
      @PathVariable String callId,
      @RequestParam(defaultValue = "1") int hours,
      RedirectAttributes flash) {
    String respondBy =
        clock.instant().plus(Duration.ofHours(Math.max(1, Math.min(hours, 48)))).toString();
    return act(
        id,
        "calls/" + callId + "/extend",
        Map.of("respondBy", respondBy),
        "They have " + hours + (hours == 1 ? " more hour" : " more hours") + " to answer.",
        flash);
  }

  @PostMapping("/charters/{id}/calls/{callId}/resend")
  String resend(@PathVariable String id, @PathVariable String callId, RedirectAttributes flash) {
    return act(id, "calls/" + callId + "/resend", Map.of(), "The call is sent again.", flash);
  }

  /** The question before an action that cannot be undone. */
  @GetMapping("/charters/{id}/confirm")
  String confirm(
      @PathVariable String id,
      @RequestParam String action,
      @RequestParam(required = false) String crewId,
      @RequestParam(required = false) String callId,
      @RequestParam(required = false) String name,
      Model model) {
    model.addAllAttributes(page.model(Map.of("id", id)));
    boolean release = "release".equals(action);
    model.addAttribute(
        "question",
        release ? "Release " + name + " from this charter?" : "Skip the call to " + name + "?");
    model.addAttribute(
        "consequence",
        release
            ? name
                + " is told they are no longer needed, and the cascade calls someone else. You cannot undo this."
            : "Their link stops working and the next person is called. You cannot undo this.");
    model.addAttribute(
        "formAction",
        release
            ? "/charters/" + id + "/release"
            : "/charters/" + id + "/calls/" + callId + "/skip");
    model.addAttribute("crewIdValue", crewId);
    model.addAttribute("button", release ? "Release " + name : "Skip " + name);
    return "confirm";
  }

  private String act(
      String id, String path, Map<String, Object> body, String done, RedirectAttributes flash) {
    DispatchActions.Outcome outcome = dispatch.act(id, path, body);
    if (outcome.done()) {
      flash.addFlashAttribute("done", done);
    } else {
      flash.addFlashAttribute("refused", outcome.reason());
      flash.addFlashAttribute("conflict", outcome.conflictingCharter());
    }
    return "redirect:/charters/" + id;
  }

  private String name(String crewId) {
    return board.members().stream()
        .filter(m -> m.crewId().equals(crewId))
        .map(Member::name)
        .findFirst()
        .orElse(crewId);
  }

  private static Map<String, Object> reason(String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (reason != null && !reason.isBlank()) {
      body.put("reason", reason.strip());
    }
    return body;
  }
}
