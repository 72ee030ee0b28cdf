package io.crewdispatch.dispatch.cascade.application;

import java.time.LocalDate;

/** A STALLED charter, as found through the sparse index of stalled charters. */
public record StalledCharter(String charterId, LocalDate sailDate) {}
