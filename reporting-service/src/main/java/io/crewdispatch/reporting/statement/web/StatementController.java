package io.crewdispatch.reporting.statement.web;

import io.crewdispatch.reporting.statement.application.FindStatements;
import io.crewdispatch.reporting.statement.application.GenerateStatements;
import io.crewdispatch.reporting.statement.application.StatementMonths;
import io.crewdispatch.reporting.statement.domain.StoredStatement;
import java.io.InputStream;
import java.time.YearMonth;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Build a month's statements now; download the ops summary, the payroll CSV, or a person's
 * statement.
 */
@RestController
@RequestMapping("/api/statements")
class StatementController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final StatementMonths months;
  private final GenerateStatements generate;
  private final FindStatements find;

  StatementController(StatementMonths months, GenerateStatements generate, FindStatements find) {
    this.months = months;
    this.generate = generate;
    this.find = find;
  }

  @PostMapping("/{month}")
  StatementsBuilt build(@PathVariable String month) {
    return StatementsBuilt.of(generate.generate(months.parseKnown(month)));
  }

  @GetMapping("/{month}")
  ResponseEntity<StreamingResponseBody> opsSummary(@PathVariable String month) {
    return download(months.parse(month), null);
  }

  @GetMapping("/{month}/payroll.csv")
  ResponseEntity<StreamingResponseBody> payroll(@PathVariable String month) {
    StoredStatement payroll = find.findPayroll(months.parse(month));
    return stream(payroll, CSV);
  }

  @GetMapping("/{month}/{captainId}")
  ResponseEntity<StreamingResponseBody> captainStatement(
      @PathVariable String month, @PathVariable String captainId) {
    return download(months.parse(month), captainId);
  }

  private ResponseEntity<StreamingResponseBody> download(YearMonth month, String captainId) {
    return stream(find.find(month, captainId), XLSX);
  }

  private ResponseEntity<StreamingResponseBody> stream(StoredStatement statement, MediaType type) {
    InputStream content = find.open(statement);
    StreamingResponseBody body =
        out -> {
          try (content) {
            content.transferTo(out);
          }
        };
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(statement.fileName()).build().toString())
        .body(body);
  }
}
