package io.crewdispatch.auth.portal.web;

import io.crewdispatch.auth.link.application.AnswerStatus;
import io.crewdispatch.auth.link.application.LinkPage;
import io.crewdispatch.auth.link.application.Outcome;
import io.crewdispatch.auth.link.domain.Purpose;
import io.crewdispatch.auth.link.web.LinkPages;
import io.crewdispatch.auth.portal.application.AnswerFromPortal;
import io.crewdispatch.auth.portal.application.IssuePortalLink;
import io.crewdispatch.auth.portal.application.SetAvailability;
import io.crewdispatch.auth.portal.application.ShowPortal;
import io.crewdispatch.auth.portal.domain.PortalMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The crew portal (DESIGN.md flow 14). GET changes nothing: the emailed link is only exchanged for
 * the session cookie and the page is redirected to an address without the token. Every POST needs
 * the session and a form token rendered for it; Accept and Decline go through the one-time links'
 * own code ({@link AnswerFromPortal}) and show the links' own pages.
 */
@Controller
@RequestMapping(PortalSession.PATH)
class PortalController {

  static final String VIEW = "crew/portal";
  static final String NOTICE = "crew/portal-notice";

  private final PortalSession session;
  private final ShowPortal showPortal;
  private final AnswerFromPortal answerFromPortal;
  private final SetAvailability setAvailability;
  private final IssuePortalLink issuePortalLink;
  private final AnswerStatus answers;
  private final LinkPages linkPages;

  PortalController(
      PortalSession session,
      ShowPortal showPortal,
      AnswerFromPortal answerFromPortal,
      SetAvailability setAvailability,
      IssuePortalLink issuePortalLink,
      AnswerStatus answers,
      LinkPages linkPages) {
    this.session = session;
    this.showPortal = showPortal;
    this.answerFromPortal = answerFromPortal;
    this.setAvailability = setAvailability;
    this.issuePortalLink = issuePortalLink;
    this.answers = answers;
    this.linkPages = linkPages;
  }

  @GetMapping
  ModelAndView portal(
      @RequestParam(required = false) String token,
      @RequestParam(required = false) String saved,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (token != null) {
      if (!session.exchange(token, request, response) && session.member(request).isEmpty()) {
        return notice(HttpStatus.NOT_FOUND, Notice.UNKNOWN_LINK);
      }
      // The token leaves the address bar and the history; the cookie carries it from now on.
      return redirect(PortalSession.PATH);
    }
    return session
        .member(request)
        .map(member -> page(member, HttpStatus.OK, savedText(saved), List.of(), Map.of()))
        .orElseGet(() -> notice(HttpStatus.OK, Notice.SIGNED_OUT));
  }

  @PostMapping("/answer")
  ModelAndView answer(
      @RequestParam(required = false) String callId,
      @RequestParam(required = false) String answer,
      @RequestParam(required = false) String csrf,
      HttpServletRequest request) {
    Optional<PortalMember> member = session.member(request);
    if (member.isEmpty()) {
      return notice(HttpStatus.NOT_FOUND, Notice.SIGNED_OUT);
    }
    if (!"accept".equals(answer) && !"decline".equals(answer)) {
      return linkPages.html(new LinkPage(Outcome.UNKNOWN, Purpose.ACCEPT, null, null), null);
    }
    Purpose purpose = answer.equals("accept") ? Purpose.ACCEPT : Purpose.DECLINE;
    LinkPage page = answerFromPortal.answer(member.get(), callId, purpose, csrf);
    if (page.outcome() == Outcome.ANSWERED && purpose == Purpose.ACCEPT) {
      // The accept's own status page, which follows dispatch's decision as the link's does.
      return redirect("/crew/" + answers.pathOf(page.call()));
    }
    return linkPages.html(page, null);
  }

  @PostMapping("/availability")
  ModelAndView availability(@RequestParam Map<String, String> form, HttpServletRequest request) {
    Optional<PortalMember> member = session.member(request);
    if (member.isEmpty()) {
      return notice(HttpStatus.NOT_FOUND, Notice.SIGNED_OUT);
    }
    Map<String, String> days = new LinkedHashMap<>();
    form.forEach(
        (field, value) -> {
          if (field.startsWith(SetAvailability.FIELD_PREFIX)) {
            days.put(field, value);
          }
        });
    SetAvailability.Result result = setAvailability.set(member.get(), days, form.get("csrf"));
    if (result instanceof SetAvailability.Saved saved) {
      return redirect(PortalSession.PATH + "?saved=" + saved.days());
    }
    if (result instanceof SetAvailability.Invalid invalid) {
      return page(member.get(), HttpStatus.BAD_REQUEST, null, invalid.errors(), days);
    }
    return notice(HttpStatus.FORBIDDEN, Notice.STALE_FORM);
  }

  @PostMapping("/rotate")
  ModelAndView rotate(
      @RequestParam(required = false) String csrf,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<PortalMember> member = session.member(request);
    if (member.isEmpty()) {
      return notice(HttpStatus.NOT_FOUND, Notice.SIGNED_OUT);
    }
    if (!session.formMatches(member.get(), csrf)) {
      return notice(HttpStatus.FORBIDDEN, Notice.STALE_FORM);
    }
    issuePortalLink.rotate(member.get().member().crewId());
    session.close(request, response);
    return notice(HttpStatus.OK, Notice.ROTATED);
  }

  private ModelAndView page(
      PortalMember member,
      HttpStatus status,
      String saved,
      List<SetAvailability.FieldError> errors,
      Map<String, String> chosen) {
    ModelAndView view = new ModelAndView(VIEW, status);
    view.addObject("portal", PortalView.of(showPortal.show(member), saved, errors, chosen));
    return view;
  }

  private static String savedText(String saved) {
    if (saved == null || !saved.matches("\\d{1,3}")) {
      return null;
    }
    return saved.equals("0")
        ? "Nothing to save: every day was left as it was."
        : "Saved "
            + saved
            + (saved.equals("1") ? " day" : " days")
            + ". The office's sheet shows it within a few minutes.";
  }

  static ModelAndView notice(HttpStatus status, Notice notice) {
    ModelAndView view = new ModelAndView(NOTICE, status);
    view.addObject("notice", notice);
    return view;
  }

  private static ModelAndView redirect(String path) {
    ModelAndView view = new ModelAndView("redirect:" + path);
    view.setStatus(HttpStatus.SEE_OTHER);
    return view;
  }
}
