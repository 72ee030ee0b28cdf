package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.timeline.domain.EntryType;
import java.math.BigDecimal;
import java.time.Instant;

/** How a charter ends (cancelled or completed) and what else the booking system tells us. */
public final class Endings {

  /**
   * Ends the cascade: every open call is withdrawn, everyone holding a seat is told, and their
   * holds go in the same save.
   */
  public Decision cancel(Charter c, String eventId, String reason, Crewing crewing, Instant now) {
    Draft d = new Draft(c, eventId, true, crewing, now);
    if (c.status().finished()) {
      d.note(EntryType.IGNORED, null, "cancellation while " + c.status());
      return d.decision();
    }
    for (Call call : c.calls()) {
      if (call.is(CallState.OPEN) || call.is(CallState.ACCEPTED)) {
        Announce.withdraw(d, call, WithdrawalReason.CHARTER_CANCELLED, CallState.WITHDRAWN);
      }
    }
    d.update(ch -> ch.with(CharterStatus.CANCELLED, null).withNextCallAt(null));
    d.note(EntryType.CANCELLED, null, reason == null ? "cancelled" : "cancelled: " + reason);
    return d.decision();
  }

  /** The charter sailed: calls still open no longer matter, and the holds are let go. */
  public Decision complete(Charter c, String eventId, Crewing crewing, Instant now) {
    Draft d = new Draft(c, eventId, true, crewing, now);
    if (c.status().finished()) {
      d.note(EntryType.IGNORED, null, "completion while " + c.status());
      return d.decision();
    }
    for (Call call : c.openCalls()) {
      Announce.withdraw(d, call, WithdrawalReason.SUPERSEDED, CallState.WITHDRAWN);
    }
    d.update(ch -> ch.with(CharterStatus.COMPLETED, null).withNextCallAt(null));
    d.note(EntryType.COMPLETED, null, "completed");
    return d.decision();
  }

  /** Invoicing does not change staffing; the office still wants to see it in the timeline. */
  public Decision invoiced(
      Charter c, String eventId, String invoiceId, BigDecimal amount, Instant now) {
    Draft d = new Draft(c, eventId, true, null, now);
    d.note(EntryType.INVOICED, null, "invoice " + invoiceId + " for " + amount.toPlainString());
    return d.decision();
  }
}
