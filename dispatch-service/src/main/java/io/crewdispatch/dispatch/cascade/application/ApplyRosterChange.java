package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Cascade;
import io.crewdispatch.dispatch.config.DispatchProperties;
import io.crewdispatch.dispatch.roster.application.RosterView;
import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.RosterUpdate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Flow 7: keeps the roster projection, and releases the seats of a member the change makes
 * unavailable on a sail date (or inactive), so the cascade calls again.
 */
@Service
public class ApplyRosterChange {

  private static final Logger log = LoggerFactory.getLogger(ApplyRosterChange.class);

  private final RosterView roster;
  private final SeatRegister seats;
  private final CharterTransitions transitions;
  private final Cascade cascade;
  private final CrewingFactory crewings;
  private final Clock clock;
  private final ZoneId office;

  ApplyRosterChange(
      RosterView roster,
      SeatRegister seats,
      CharterTransitions transitions,
      Cascade cascade,
      CrewingFactory crewings,
      Clock clock,
      DispatchProperties properties) {
    this.roster = roster;
    this.seats = seats;
    this.transitions = transitions;
    this.cascade = cascade;
    this.crewings = crewings;
    this.clock = clock;
    this.office = properties.operatorTimeZone();
  }

  public void apply(RosterUpdate update) {
    boolean stored = roster.save(update);
    String crewId = update.member().crewId();
    log.info(
        "event=roster_changed crewId={} eventId={} stored={}", crewId, update.eventId(), stored);
    // Decide on the member as stored: a replayed, older record must not release anyone.
    CrewMember member = roster.stored(crewId).orElse(update.member());
    // A day of margin: a charter's own zone may already be on the next day.
    LocalDate from = LocalDate.now(clock.withZone(office)).minusDays(1);
    for (String charterId : seats.chartersOf(crewId, from)) {
      transitions.apply(
          charterId,
          update.eventId(),
          c ->
              cascade.release(
                  c, update.eventId(), member, crewings.forCharter(c), clock.instant()));
    }
  }
}
