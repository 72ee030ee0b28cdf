package io.crewdispatch.reporting.statement.web;

import io.crewdispatch.platform.logging.Failures;
import io.crewdispatch.reporting.statement.application.InvalidMonthException;
import io.crewdispatch.reporting.statement.application.MonthNotInLedgerException;
import io.crewdispatch.reporting.statement.application.StatementNotFoundException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for the statements API, in the platform's shape (an {@code errors} list naming
 * the field at fault).
 */
@RestControllerAdvice(assignableTypes = StatementController.class)
class StatementProblems {

  private static final Logger log = LoggerFactory.getLogger(StatementProblems.class);

  @ExceptionHandler
  ProblemDetail invalidMonth(InvalidMonthException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "month " + e.getMessage());
    problem.setTitle("Invalid request");
    problem.setProperty("errors", List.of(Map.of("field", "month", "message", e.getMessage())));
    return problem;
  }

  /** Drive (or the disk) failed: the request was fine, the store was not. */
  @ExceptionHandler
  ProblemDetail storeFailed(UncheckedIOException e) {
    log.error("event=statement_store_failed error={}", Failures.describe(e));
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_GATEWAY, "The statement store failed; try again later.");
    problem.setTitle("Statement store unavailable");
    return problem;
  }

  @ExceptionHandler
  ProblemDetail monthNotInLedger(MonthNotInLedgerException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "month " + e.getMessage());
    problem.setTitle("No charters in that month");
    problem.setProperty("errors", List.of(Map.of("field", "month", "message", e.getMessage())));
    return problem;
  }

  @ExceptionHandler
  ProblemDetail notFound(StatementNotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Statement not found");
    return problem;
  }
}
