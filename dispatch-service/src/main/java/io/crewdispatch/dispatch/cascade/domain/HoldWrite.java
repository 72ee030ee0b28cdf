package io.crewdispatch.dispatch.cascade.domain;

/**
 * A change to a person's hold that must be saved in the same transaction as the charter: {@code
 * after} replaces {@code before} only if the stored hold is still at {@code before.version()}.
 */
public record HoldWrite(Hold before, Hold after) {}
