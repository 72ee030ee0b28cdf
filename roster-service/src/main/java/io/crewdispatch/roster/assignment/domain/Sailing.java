package io.crewdispatch.roster.assignment.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** What the Assignments tab shows of a charter. */
public record Sailing(LocalDate sailDate, LocalTime departure, String vessel) {}
