package io.crewdispatch.console.statements;

import io.crewdispatch.console.config.ConsoleProperties;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /statements}: the months, a workbook's download and a month's rebuild, both through
 * reporting-service's API with the office user's token.
 */
@Controller
class StatementsController {

  private final StatementsPage page;
  private final RestClient reporting;
  private final String base;

  StatementsController(
      StatementsPage page,
      @Qualifier("officeRestClient") RestClient reporting,
      ConsoleProperties properties) {
    this.page = page;
    this.reporting = reporting;
    this.base = properties.reportingUrl().toString().replaceAll("/$", "");
  }

  @GetMapping("/statements")
  String statements(Model model) {
    model.addAllAttributes(page.model(Map.of()));
    return page.name();
  }

  @GetMapping("/statements/{month}/download")
  ResponseEntity<byte[]> download(
      @PathVariable String month, @RequestParam(required = false) String person) {
    String path = "/api/statements/" + month(month) + (person == null ? "" : "/" + person);
    ResponseEntity<byte[]> file =
        reporting.get().uri(base + path).retrieve().toEntity(byte[].class);
    String name =
        file.getHeaders().getContentDisposition().getFilename() == null
            ? "statement-" + month + ".xlsx"
            : file.getHeaders().getContentDisposition().getFilename();
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .contentType(file.getHeaders().getContentType())
        .body(file.getBody());
  }

  @PostMapping("/statements/{month}/rebuild")
  String rebuild(@PathVariable String month, RedirectAttributes flash) {
    try {
      reporting.post().uri(base + "/api/statements/" + month(month)).retrieve().toBodilessEntity();
      flash.addFlashAttribute(
          "done",
          "The statements for " + month + " are being rebuilt. They appear here when ready.");
    } catch (RestClientException e) {
      flash.addFlashAttribute(
          "refused",
          "Reporting could not rebuild " + month + ". Nothing was changed: try again in a minute.");
    }
    return "redirect:/statements";
  }

  private static String month(String month) {
    try {
      return YearMonth.parse(month).toString();
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month must be yyyy-MM");
    }
  }
}
