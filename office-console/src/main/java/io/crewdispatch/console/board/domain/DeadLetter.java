package io.crewdispatch.console.board.domain;

import java.time.Instant;

/** An event a service could never handle (EventDeadLettered). */
public record DeadLetter(
    String eventId,
    String service,
    String topic,
    String key,
    String eventType,
    String reason,
    Instant deadLetteredAt) {}
