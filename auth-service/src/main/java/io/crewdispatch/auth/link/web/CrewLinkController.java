package io.crewdispatch.auth.link.web;

import io.crewdispatch.auth.link.application.AnswerLink;
import io.crewdispatch.auth.link.application.OpenLink;
import io.crewdispatch.auth.link.domain.Purpose;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages crew open from their email. GET shows and changes nothing; POST (form-encoded {@code
 * token} and {@code csrf}) answers. {@code Accept: application/json} gets the same as JSON. A
 * missing token is just an unknown link (404), like any other that does not resolve.
 */
@Controller
@RequestMapping("/crew")
class CrewLinkController {

  private static final String ACTION = "/{action:accept|decline}";

  private final OpenLink openLink;
  private final AnswerLink answerLink;
  private final LinkPages pages;

  CrewLinkController(OpenLink openLink, AnswerLink answerLink, LinkPages pages) {
    this.openLink = openLink;
    this.answerLink = answerLink;
    this.pages = pages;
  }

  @GetMapping(ACTION)
  ModelAndView page(@PathVariable String action, @RequestParam(required = false) String token) {
    return pages.html(openLink.open(purpose(action), token), token);
  }

  @GetMapping(path = ACTION, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> pageJson(
      @PathVariable String action, @RequestParam(required = false) String token) {
    return pages.json(openLink.open(purpose(action), token));
  }

  @PostMapping(ACTION)
  ModelAndView answer(
      @PathVariable String action,
      @RequestParam(required = false) String token,
      @RequestParam(required = false) String csrf) {
    return pages.html(answerLink.answer(purpose(action), token, csrf), token);
  }

  @PostMapping(path = ACTION, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> answerJson(
      @PathVariable String action,
      @RequestParam(required = false) String token,
      @RequestParam(required = false) String csrf) {
    return pages.json(answerLink.answer(purpose(action), token, csrf));
  }

  private static Purpose purpose(String action) {
    return action.equals("accept") ? Purpose.ACCEPT : Purpose.DECLINE;
  }
}
