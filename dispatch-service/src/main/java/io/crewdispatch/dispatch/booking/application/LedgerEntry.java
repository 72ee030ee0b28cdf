package io.crewdispatch.dispatch.booking.application;

import java.time.Instant;

/**
 * A command recorded before publishing: the event's id and time are fixed here, so publishing it
 * again after a failure repeats the same event.
 */
public record LedgerEntry(
    String charterId,
    String entry,
    String eventId,
    Instant occurredAt,
    String fingerprint,
    boolean published) {}
