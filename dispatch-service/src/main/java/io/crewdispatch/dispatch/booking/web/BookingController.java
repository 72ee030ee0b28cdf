package io.crewdispatch.dispatch.booking.web;

import io.crewdispatch.dispatch.booking.application.BookingDesk;
import io.crewdispatch.dispatch.booking.application.ConflictingRequestException;
import io.crewdispatch.dispatch.booking.application.UnknownCharterException;
import io.crewdispatch.dispatch.booking.domain.BookingCommand;
import io.crewdispatch.dispatch.config.DispatchProperties;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

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
}
