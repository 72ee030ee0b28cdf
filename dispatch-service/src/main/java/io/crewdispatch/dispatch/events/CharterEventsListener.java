package io.crewdispatch.dispatch.events;

import static io.crewdispatch.platform.kafka.EventChecks.requirePlainLines;
import static io.crewdispatch.platform.kafka.EventChecks.requirePlainText;
import static io.crewdispatch.platform.kafka.EventChecks.requireText;
import static io.crewdispatch.platform.kafka.EventChecks.requireUuid;

import io.crewdispatch.dispatch.booking.domain.SailDateWindow;
import io.crewdispatch.dispatch.cascade.application.BookedCharter;
import io.crewdispatch.dispatch.cascade.application.CharterEnd;
import io.crewdispatch.dispatch.cascade.application.EndCharters;
import io.crewdispatch.dispatch.cascade.application.StartCascade;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.platform.kafka.BatchRecords;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes charter-events a fetch at a time; idempotent on eventId. Bookings are checked here like
 * at the API (UUID event ids, plain text of sane length; a bad one goes to the DLT), and a sail
 * date out of range is recorded and reported to the office instead of called.
 *
 * <p>At 10 bookings a second a fetch holds one record, handled as it comes. Under a backlog a fetch
 * holds hundreds: the bookings of charters nothing else in the fetch concerns are decided each on
 * its own and saved together ({@link StartCascade#bookedTogether}); every other event, and any of
 * those bookings not saved together, is then handled one by one in the fetch's order (a charter's
 * events never pass each other: together means the charter appears once). A record that fails there
 * is named to the error handler, which commits those before it and retries or dead-letters it; a
 * record that is poison (undecodable, invalid) is named after the ones before it are handled.
 */
@Component
class CharterEventsListener {

  private final StartCascade start;
  private final EndCharters end;
  private final SailDateWindow window;
  private final MeterRegistry meters;

  CharterEventsListener(StartCascade start, EndCharters end, Clock clock, MeterRegistry meters) {
    this.start = start;
    this.end = end;
    this.window = new SailDateWindow(clock);
    this.meters = meters;
  }

  /** A charter-events record as the cascade takes it. */
  private interface Command {
    String charterId();
  }

  private record Booking(BookedCharter booked, boolean inRange) implements Command {
    public String charterId() {
      return booked.charterId();
    }
  }

  private record Ending(CharterEnd event) implements Command {
    public String charterId() {
      return event.charterId();
    }
  }

  @KafkaListener(topics = "charter-events", id = "dispatch-charter-events", batch = "true")
  void on(List<ConsumerRecord<String, Object>> records) {
    BatchRecords.consumeInOrder(meters, records, this::command, this::bookTogether, this::handle);
  }

  /**
   * Books together the in-range bookings of charters that appear once in the fetch, when there are
   * two or more; answers which commands it did.
   */
  private Predicate<Command> bookTogether(List<Command> commands) {
    Map<String, Long> perCharter =
        commands.stream().collect(Collectors.groupingBy(Command::charterId, Collectors.counting()));
    List<BookedCharter> together =
        commands.stream()
            .filter(
                c -> c instanceof Booking b && b.inRange() && perCharter.get(c.charterId()) == 1)
            .map(c -> ((Booking) c).booked())
            .toList();
    Set<String> booked = together.size() < 2 ? Set.of() : start.bookedTogether(together);
    return c -> c instanceof Booking b && booked.contains(b.booked().eventId());
  }

  private void handle(Command command) {
    if (command instanceof Booking b) {
      if (b.inRange()) {
        start.booked(b.booked());
      } else {
        start.bookedOutOfRange(b.booked());
      }
    } else {
      end.handle(((Ending) command).event());
    }
  }

  private Command command(Object event) {
    if (event instanceof CharterBooked booked) {
      return booking(booked);
    }
    if (event instanceof CharterCancelled cancelled) {
      return new Ending(
          new CharterEnd.Cancellation(
              requireUuid(cancelled.getEventId(), "eventId"),
              cancelled.getOccurredAt(),
              requireText(cancelled.getCharterId(), "charterId"),
              requirePlainLines(cancelled.getReason(), "reason", 500)));
    }
    if (event instanceof CharterCompleted completed) {
      return new Ending(
          new CharterEnd.Completion(
              requireUuid(completed.getEventId(), "eventId"),
              completed.getOccurredAt(),
              requireText(completed.getCharterId(), "charterId")));
    }
    if (event instanceof CharterInvoiced invoiced) {
      return new Ending(
          new CharterEnd.Invoice(
              requireUuid(invoiced.getEventId(), "eventId"),
              invoiced.getOccurredAt(),
              requireText(invoiced.getCharterId(), "charterId"),
              requirePlainText(requireText(invoiced.getInvoiceId(), "invoiceId"), "invoiceId", 64),
              invoiced.getInvoicedAmount()));
    }
    throw new NonRetryableEventException(
        "Invalid event: charter-events carries no " + event.getClass().getSimpleName());
  }

  private Booking booking(CharterBooked event) {
    requireText(event.getCharterId(), "charterId");
    requireUuid(event.getEventId(), "eventId");
    requireText(event.getVessel(), "vessel");
    requirePlainText(event.getVessel(), "vessel", 100);
    requirePlainText(event.getCustomerName(), "customerName", 200);
    requirePlainLines(event.getNotes(), "notes", 2000);
    requirePlainText(event.getSource(), "source", 100);
    BookedCharter booked = EventMapping.booked(event);
    return new Booking(
        booked, window.admits(booked.details().sailDate(), booked.details().timeZone()));
  }
}
