package io.crewdispatch.roster.member.domain;

/**
 * A row or cell the sync skipped, located as a person would look for it: tab, one-based row and the
 * column's header.
 */
public record Rejection(String tab, int row, String column, String reason) {}
