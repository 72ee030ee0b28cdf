package io.crewdispatch.auth.portal.application;

import io.crewdispatch.auth.portal.domain.DayAnswer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** What the portal tells the others; each method returns once the broker has the event. */
public interface PortalEvents {

  void linkIssued(PortalLinkAnnouncement announcement);

  void availabilitySet(String crewId, Map<LocalDate, DayAnswer> days, Instant setAt);
}
