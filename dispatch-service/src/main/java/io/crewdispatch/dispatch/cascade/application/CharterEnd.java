package io.crewdispatch.dispatch.cascade.application;

import java.math.BigDecimal;
import java.time.Instant;

/** What a booking system says about a charter after booking it. */
public sealed interface CharterEnd {

  String eventId();

  Instant occurredAt();

  String charterId();

  record Cancellation(String eventId, Instant occurredAt, String charterId, String reason)
      implements CharterEnd {}

  record Completion(String eventId, Instant occurredAt, String charterId) implements CharterEnd {}

  record Invoice(
      String eventId,
      Instant occurredAt,
      String charterId,
      String invoiceId,
      BigDecimal invoicedAmount)
      implements CharterEnd {}
}
