package io.crewdispatch.auth.link.domain;

/** What a token's hash points to: one purpose of one call. Immutable once written. */
public record LinkRef(TokenHash hash, String callId, Purpose purpose) {}
