package io.crewdispatch.auth.portal.web;

import io.crewdispatch.auth.link.domain.FormTokens;
import io.crewdispatch.auth.link.domain.TokenHash;
import io.crewdispatch.auth.link.web.TooManyRequests;
import io.crewdispatch.auth.portal.domain.Member;
import io.crewdispatch.auth.portal.domain.PortalToken;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Send me my portal link": a member types their address and a new link goes to them (never to the
 * page). The answer is the same whatever the address, known or not, active or not; rate limits per
 * address and per client answer 429.
 */
@Controller
@RequestMapping(PortalSession.PATH + "/request")
class PortalRequestController {

  static final String VIEW = "crew/portal-request";

  /** The request form is bound to no link: its form token is bound to this fixed name instead. */
  private static final TokenHash FORM =
      new TokenHash(PortalToken.sha256("crew-dispatch/portal-request/v1"));

  private final FormTokens forms;
  private final RequestLimits limits;
  private final RequestWorker worker;
  private final Clock clock;

  PortalRequestController(
      FormTokens forms, RequestLimits limits, RequestWorker worker, Clock clock) {
    this.forms = forms;
    this.limits = limits;
    this.worker = worker;
    this.clock = clock;
  }

  @GetMapping
  ModelAndView form() {
    return form(HttpStatus.OK, null, "");
  }

  @PostMapping
  ModelAndView request(
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String csrf,
      HttpServletRequest request) {
    if (!forms.verify(csrf, FORM, clock.instant())) {
      return PortalController.notice(HttpStatus.FORBIDDEN, Notice.STALE_FORM);
    }
    if (email == null
        || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
        || email.length() > 254) {
      return form(HttpStatus.BAD_REQUEST, "Enter your email address, like name@example.com", email);
    }
    limits
        .acquire(request.getRemoteAddr(), Member.emailKey(email))
        .ifPresent(
            wait -> {
              throw new TooManyRequests(wait);
            });
    worker.submit(email.trim());
    return PortalController.notice(HttpStatus.OK, Notice.REQUESTED);
  }

  private ModelAndView form(HttpStatus status, String error, String email) {
    ModelAndView view = new ModelAndView(VIEW, status);
    view.addObject("csrf", forms.issue(FORM, clock.instant()));
    view.addObject("error", error);
    view.addObject("email", email == null ? "" : email);
    return view;
  }
}
