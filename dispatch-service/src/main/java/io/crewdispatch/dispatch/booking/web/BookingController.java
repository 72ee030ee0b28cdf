package io.crewdispatch.dispatch.booking.web;

import io.crewdispatch.dispatch.booking.application.BookingDesk;
import io.crewdispatch.dispatch.booking.application.ConflictingRequestException;
import io.crewdispatch.dispatch.booking.application.UnknownCharterException;
import io.crewdispatch.dispatch.booking.domain.BookingCommand;
import io.crewdispatch.dispatch.config.DispatchProperties;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

/**
 * A booking system's stand-in over HTTP: book, cancel, complete and invoice a charter. Each
 * publishes the matching event on charter-events; a repeat answers 200 and publishes nothing new.
 */
@RestController
class BookingController {

  private final BookingDesk desk;
  private final ZoneId defaultZone;

  BookingController(BookingDesk desk, DispatchProperties properties) {
    this.desk = desk;
    this.defaultZone = properties.operatorTimeZone();
  }

  @PostMapping("/api/charters")
  ResponseEntity<BookingDesk.Receipt> book(@Valid @RequestBody BookingRequest request) {
    return answer(desk.submit(new BookingCommand.Book(request.toBooking(defaultZone))));
  }

  @PostMapping("/api/charters/{charterId}/cancel")
  ResponseEntity<BookingDesk.Receipt> cancel(
      @PathVariable String charterId, @Valid @RequestBody(required = false) CancelRequest body) {
    String reason = body == null ? null : body.reason();
    return answer(desk.submit(new BookingCommand.Cancel(charterId, reason)));
  }

  @PostMapping("/api/charters/{charterId}/complete")
  ResponseEntity<BookingDesk.Receipt> complete(@PathVariable String charterId) {
    return answer(desk.submit(new BookingCommand.Complete(charterId)));
  }

  @PostMapping("/api/charters/{charterId}/invoice")
  ResponseEntity<BookingDesk.Receipt> invoice(
      @PathVariable String charterId, @Valid @RequestBody InvoiceRequest body) {
    return answer(
        desk.submit(
            new BookingCommand.Invoice(charterId, body.invoiceId(), body.invoicedAmount())));
  }

  /** 202 the first time (the event is on its way), 200 for a repeat. */
  private static ResponseEntity<BookingDesk.Receipt> answer(BookingDesk.Receipt receipt) {
    return ResponseEntity.status(receipt.repeat() ? HttpStatus.OK : HttpStatus.ACCEPTED)
        .location(URI.create("/api/charters/" + receipt.charterId()))
        .body(receipt);
  }

  @ExceptionHandler
  ProblemDetail unknown(UnknownCharterException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Unknown charter");
    problem.setProperty("charterId", e.charterId());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail conflict(ConflictingRequestException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Conflicts with an earlier request");
    return problem;
  }

  /** A value JSON cannot turn into the field's type (a date like 2026-13-40): name the field. */
  @ExceptionHandler
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    String field =
        e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()
            ? json.getPath().get(json.getPath().size() - 1).getPropertyName()
            : null;
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            field == null ? "The body is not valid JSON." : "The request has 1 invalid field(s).");
    problem.setTitle("Invalid request");
    problem.setProperty(
        "errors",
        field == null
            ? List.of()
            : List.of(
                Map.of("field", field, "message", "has a value of the wrong type or format")));
    return problem;
  }
}
