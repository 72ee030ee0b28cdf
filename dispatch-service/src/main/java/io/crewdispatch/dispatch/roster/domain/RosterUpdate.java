package io.crewdispatch.dispatch.roster.domain;

import java.time.Instant;

/** One RosterChanged: the member's whole current record, as of {@code occurredAt}. */
public record RosterUpdate(String eventId, Instant occurredAt, CrewMember member) {}
