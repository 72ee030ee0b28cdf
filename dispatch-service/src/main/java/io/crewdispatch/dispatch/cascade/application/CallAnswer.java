package io.crewdispatch.dispatch.cascade.application;

import java.time.Instant;

/** A TokenAccepted or TokenDeclined: someone answered a call through their link. */
public record CallAnswer(
    String eventId, Instant occurredAt, String charterId, String callId, String crewId) {}
