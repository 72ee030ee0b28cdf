package io.crewdispatch.reporting.ledger.kafka;

import static io.crewdispatch.platform.kafka.EventChecks.requireText;

import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import io.crewdispatch.reporting.ledger.domain.Booking;
import io.crewdispatch.reporting.ledger.domain.Invoice;
import io.crewdispatch.reporting.ledger.domain.LedgerEvent;
import io.crewdispatch.reporting.ledger.domain.Person;
import java.math.BigDecimal;
import java.time.ZoneId;

/** Turns Avro events into ledger events, refusing (to the dead-letter topic) what cannot count. */
final class LedgerEvents {

  private LedgerEvents() {}

  static LedgerEvent.Booked booked(CharterBooked event) {
    if (event.getSailDate() == null || event.getDepartureTime() == null) {
      throw new NonRetryableEventException("Invalid event: sailDate or departureTime is missing");
    }
    return new LedgerEvent.Booked(
        requireText(event.getEventId(), "eventId"),
        requireText(event.getCharterId(), "charterId"),
        new Booking(
            requireText(event.getVessel(), "vessel"),
            event.getSailDate(),
            event.getDepartureTime(),
            event.getReturnTime(),
            zone(event.getTimeZone()),
            event.getGuestCount(),
            event.getCrewRequired(),
            money(event.getTotalRevenue(), "totalRevenue")));
  }

  static LedgerEvent.Invoiced invoiced(CharterInvoiced event) {
    return new LedgerEvent.Invoiced(
        requireText(event.getEventId(), "eventId"),
        requireText(event.getCharterId(), "charterId"),
        new Invoice(
            requireText(event.getInvoiceId(), "invoiceId"),
            money(event.getInvoicedAmount(), "invoicedAmount")));
  }

  static LedgerEvent.CaptainConfirmed captainConfirmed(CaptainConfirmed event) {
    return new LedgerEvent.CaptainConfirmed(
        requireText(event.getEventId(), "eventId"),
        requireText(event.getCharterId(), "charterId"),
        person(event.getCaptain(), "captain"));
  }

  static LedgerEvent.Staffed staffed(CharterStaffed event) {
    return new LedgerEvent.Staffed(
        requireText(event.getEventId(), "eventId"),
        requireText(event.getCharterId(), "charterId"),
        person(event.getCaptain(), "captain"),
        event.getCrew().stream().map(c -> person(c, "crew")).toList());
  }

  static Person person(Callee callee, String field) {
    if (callee == null) {
      throw new NonRetryableEventException("Invalid event: " + field + " is missing");
    }
    return new Person(
        requireText(callee.getCrewId(), field + ".crewId"),
        requireText(callee.getName(), field + ".name"),
        callee.getEmail());
  }

  private static BigDecimal money(BigDecimal amount, String field) {
    if (amount == null || amount.signum() < 0) {
      throw new NonRetryableEventException("Invalid event: " + field + " is missing or negative");
    }
    return amount;
  }

  private static String zone(String timeZone) {
    try {
      return ZoneId.of(requireText(timeZone, "timeZone")).getId();
    } catch (java.time.DateTimeException e) {
      throw new NonRetryableEventException("Invalid event: timeZone is not an IANA zone", e);
    }
  }
}
