package io.crewdispatch.dispatch.booking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the booking endpoint is asked to tell the world, on behalf of a booking system that cannot
 * speak Kafka. Each command is recorded under its {@link #entry()} before it is published; a repeat
 * with the same {@link #fingerprint()} publishes nothing new, a repeat that differs is a conflict.
 */
public sealed interface BookingCommand {

  String charterId();

  /** Which record of the charter this command makes: at most one of each. */
  String entry();

  /** What a repeat must match to be the same request. */
  String fingerprint();

  record Book(Booking booking) implements BookingCommand {
    @Override
    public String charterId() {
      return booking.charterId();
    }

    @Override
    public String entry() {
      return "booking";
    }

    @Override
    public String fingerprint() {
      return booking.toString();
    }
  }

  /** A repeated cancellation is the same request whatever its reason: the first one stands. */
  record Cancel(String charterId, String reason) implements BookingCommand {
    @Override
    public String entry() {
      return "cancel";
    }

    @Override
    public String fingerprint() {
      return "cancel";
    }
  }

  record Complete(String charterId) implements BookingCommand {
    @Override
    public String entry() {
      return "complete";
    }

    @Override
    public String fingerprint() {
      return "complete";
    }
  }

  /** One invoice id is one invoice; the same id with another amount is a conflict. */
  record Invoice(String charterId, String invoiceId, BigDecimal invoicedAmount)
      implements BookingCommand {
    public Invoice {
      invoicedAmount = invoicedAmount.setScale(2, RoundingMode.UNNECESSARY);
    }

    @Override
    public String entry() {
      return "invoice#" + invoiceId;
    }

    @Override
    public String fingerprint() {
      return invoicedAmount.toPlainString();
    }
  }
}
