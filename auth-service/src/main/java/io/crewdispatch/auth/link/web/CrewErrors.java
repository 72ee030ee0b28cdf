package io.crewdispatch.auth.link.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The guard's refusals, on the link pages and the crew portal, as pages (or problem details for
 * JSON clients), with no form.
 */
@ControllerAdvice(
    basePackages = {"io.crewdispatch.auth.link.web", "io.crewdispatch.auth.portal.web"})
class CrewErrors {

  @ExceptionHandler(value = TooManyRequests.class, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ProblemDetail> tooManyJson(TooManyRequests e) {
    PageText text = PageText.tooManyRequests(e.retryAfterSeconds());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, text.message());
    problem.setTitle(text.title());
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @ExceptionHandler(TooManyRequests.class)
  ModelAndView tooMany(TooManyRequests e, HttpServletResponse response) {
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
    return page(HttpStatus.TOO_MANY_REQUESTS, PageText.tooManyRequests(e.retryAfterSeconds()));
  }

  @ExceptionHandler(value = CrossSiteRequest.class, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ProblemDetail> crossSiteJson() {
    PageText text = PageText.staleForm();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text.message());
    problem.setTitle(text.title());
    problem.setProperty("errors", List.of(LinkPages.fieldError("Origin", "is another site")));
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @ExceptionHandler(CrossSiteRequest.class)
  ModelAndView crossSite() {
    return page(HttpStatus.FORBIDDEN, PageText.staleForm());
  }

  private static ModelAndView page(HttpStatus status, PageText text) {
    ModelAndView view = new ModelAndView(LinkPages.VIEW, status);
    view.addObject("text", text);
    return view;
  }
}
