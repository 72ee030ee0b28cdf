package io.crewdispatch.dispatch.status.web;

import io.crewdispatch.dispatch.status.application.CharterQueries;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Charter status and timeline for the office (and the end-to-end tests). */
@RestController
class CharterController {

  private final CharterQueries queries;

  CharterController(CharterQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/api/charters/{charterId}")
  CharterView charter(@PathVariable String charterId) {
    return queries
        .charter(charterId)
        .map(report -> CharterView.of(report.charter(), report.timeline()))
        .orElseThrow(() -> new NoSuchCharter(charterId));
  }

  @GetMapping("/api/charters")
  List<CharterView> month(@RequestParam String month) {
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new BadMonth(month);
    }
    return queries.month(parsed).stream().map(c -> CharterView.of(c, null)).toList();
  }

  @ExceptionHandler
  ProblemDetail noSuchCharter(NoSuchCharter e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND, "Charter " + e.charterId + " is unknown.");
    problem.setTitle("Unknown charter");
    problem.setProperty("charterId", e.charterId);
    return problem;
  }

  @ExceptionHandler
  ProblemDetail badMonth(BadMonth e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "The request has 1 invalid field(s).");
    problem.setTitle("Invalid request");
    problem.setProperty(
        "errors",
        List.of(
            Map.of("field", "month", "message", "'" + e.month + "' is not a month as yyyy-MM")));
    return problem;
  }

  private static final class NoSuchCharter extends RuntimeException {
    private final String charterId;

    NoSuchCharter(String charterId) {
      super(null, null, false, false);
      this.charterId = charterId;
    }
  }

  private static final class BadMonth extends RuntimeException {
    private final String month;

    BadMonth(String month) {
      super(null, null, false, false);
      this.month = month;
    }
  }
}
