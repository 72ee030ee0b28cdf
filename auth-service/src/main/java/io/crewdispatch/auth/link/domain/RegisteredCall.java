package io.crewdispatch.auth.link.domain;

import java.time.Instant;

/** A call as its charter remembers it: enough to tell whether a cancellation came after it. */
public record RegisteredCall(String callId, Instant calledAt) {}
