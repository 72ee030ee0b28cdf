package io.crewdispatch.console.board.domain;

/** A person on a charter (or being called for it): crew id and name. */
public record Seat(String crewId, String name) {}
