package io.crewdispatch.auth.link.web;

import io.crewdispatch.auth.link.application.AnswerStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where an accept stands, after the POST: the whole page (reloaded by browsers without script), its
 * card alone (polled by the page's script), or JSON. Reads only. An unknown call or a wrong receipt
 * is the same 404 as an unknown link.
 */
@Controller
@RequestMapping("/crew/answers/{callId}/{receipt}")
class AnswerStatusController {

  private final AnswerStatus answers;
  private final LinkPages pages;

  AnswerStatusController(AnswerStatus answers, LinkPages pages) {
    this.answers = answers;
    this.pages = pages;
  }

  @GetMapping
  ModelAndView page(@PathVariable String callId, @PathVariable String receipt) {
    return answers
        .of(callId, receipt)
        .map(answer -> pages.status(answer, receipt, false))
        .orElseGet(pages::unknownStatus);
  }

  @GetMapping("/status")
  ModelAndView card(@PathVariable String callId, @PathVariable String receipt) {
    return answers
        .of(callId, receipt)
        .map(answer -> pages.status(answer, receipt, true))
        .orElseGet(pages::unknownStatus);
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> json(@PathVariable String callId, @PathVariable String receipt) {
    return answers
        .of(callId, receipt)
        .map(pages::statusJson)
        .orElseGet(
            () -> {
              ProblemDetail problem =
                  ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such answer.");
              problem.setProperty(
                  "errors", java.util.List.of(LinkPages.fieldError("receipt", "is not valid")));
              return ResponseEntity.status(HttpStatus.NOT_FOUND)
                  .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                  .body(problem);
            });
  }
}
