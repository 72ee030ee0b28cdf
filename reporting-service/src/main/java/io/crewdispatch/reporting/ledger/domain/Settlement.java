package io.crewdispatch.reporting.ledger.domain;

/**
 * How a charter ended up: cancelled, completed, invoiced. Independent flags, because completion and
 * invoice arrive in either order, and a cancellation outweighs both.
 */
public record Settlement(boolean cancelled, boolean completed, Invoice invoice) {

  public static final Settlement OPEN = new Settlement(false, false, null);

  Settlement cancel() {
    return new Settlement(true, completed, invoice);
  }

  /** A CharterBooked after a CharterCancelled of the same id is a reschedule: live again. */
  Settlement reopen() {
    return new Settlement(false, completed, invoice);
  }

  Settlement complete() {
    return new Settlement(cancelled, true, invoice);
  }

  Settlement invoice(Invoice newInvoice) {
    return new Settlement(cancelled, completed, newInvoice);
  }
}
