package io.crewdispatch.dispatch.timeline.domain;

import java.time.Instant;

/**
 * One step in a charter's timeline.
 *
 * @param crewId the person the step is about, if any
 * @param detail a sentence for the office
 * @param sourceEventId the event that records or caused the step (an incoming event, or the
 *     dispatch event this step published); together with time, type and person it identifies the
 *     entry, so writing it twice stores it once
 */
public record TimelineEntry(
    Instant at, EntryType type, String crewId, String detail, String sourceEventId) {}
