package io.crewdispatch.reporting.statement.web;

import io.crewdispatch.reporting.statement.application.FindStatements;
import io.crewdispatch.reporting.statement.application.GenerateStatements;
import io.crewdispatch.reporting.statement.application.StatementMonths;
import io.crewdispatch.reporting.statement.domain.StatementManifest;
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

/** Build a month's statements now; download the ops summary or a captain's statement. */
@RestController
@RequestMapping("/api/statements")
class StatementController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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
    StatementManifest manifest = generate.generate(months.parse(month));
    return StatementsBuilt.of(manifest);
  }

  @GetMapping("/{month}")
  ResponseEntity<StreamingResponseBody> opsSummary(@PathVariable String month) {
    return download(months.parse(month), null);
  }

  @GetMapping("/{month}/{captainId}")
  ResponseEntity<StreamingResponseBody> captainStatement(
      @PathVariable String month, @PathVariable String captainId) {
    return download(months.parse(month), captainId);
  }

  private ResponseEntity<StreamingResponseBody> download(YearMonth month, String captainId) {
    StoredStatement statement = find.find(month, captainId);
    InputStream content = find.open(statement);
    StreamingResponseBody body =
        out -> {
          try (content) {
            content.transferTo(out);
          }
        };
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(statement.fileName()).build().toString())
        .body(body);
  }
}
