package io.crewdispatch.notification.delivery.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** What a person needs to know about a charter; times are local to {@code zone}. */
public record Charter(
    String charterId,
    String vessel,
    LocalDate sailDate,
    LocalTime departure,
    LocalTime returnTime,
    ZoneId zone,
    int guests) {}
