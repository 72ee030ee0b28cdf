package io.crewdispatch.dispatch.cascade.application;

import java.time.Instant;

/** A charter that needs attention at {@code dueAt}: a deadline, a wake-up or a stuck outbox. */
public record DueCharter(String charterId, Instant dueAt) {}
