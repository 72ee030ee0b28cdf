package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.CharterDetails;
import java.time.Instant;

/** A CharterBooked, as the cascade reads it. */
public record BookedCharter(
    String eventId, Instant occurredAt, String charterId, CharterDetails details) {}
