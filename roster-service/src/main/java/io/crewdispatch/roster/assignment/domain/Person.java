package io.crewdispatch.roster.assignment.domain;

/** Someone on a charter, by Crew ID and the name the sheet shows. */
public record Person(String crewId, String name) {}
