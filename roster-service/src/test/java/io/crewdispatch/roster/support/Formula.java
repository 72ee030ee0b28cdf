package io.crewdispatch.roster.support;

/**
 * A formula cell in a fixture: the workbook gets the formula (POI evaluates it), Google's API
 * answers with its value, as it does for UNFORMATTED_VALUE.
 */
public record Formula(String expression, Object value) {}
