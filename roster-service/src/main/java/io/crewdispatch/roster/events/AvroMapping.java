package io.crewdispatch.roster.events;

import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.roster.assignment.domain.Person;
import io.crewdispatch.roster.assignment.domain.Sailing;

/** The parts of dispatch events the Assignments tab shows, as domain values. */
final class AvroMapping {

  private AvroMapping() {}

  static Sailing sailing(CharterSummary charter) {
    return new Sailing(
        charter.getSailDate(),
        charter.getDepartureTime(),
        EventChecks.requireText(charter.getVessel(), "charter.vessel"));
  }

  static Person person(Callee callee) {
    return new Person(
        EventChecks.requireText(callee.getCrewId(), "crewId"),
        EventChecks.requireText(callee.getName(), "name"));
  }
}
