package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Cascade;
import io.crewdispatch.dispatch.cascade.domain.Hold;
import io.crewdispatch.dispatch.config.DispatchProperties;
import io.crewdispatch.dispatch.roster.application.RosterView;
import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.RosterUpdate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Flows 5 and 7: keeps the roster projection; releases the seats of a member the change makes
 * ineligible on a sail date (found through their holds, not by reading charters); and resumes the
 * stalled charters on the days the member is callable.
 */
@Service
public class ApplyRosterChange {

  private static final Logger log = LoggerFactory.getLogger(ApplyRosterChange.class);

  private final RosterView roster;
  private final CrewHolds holds;
  private final CharterIndexes indexes;
  private final CharterTransitions transitions;
  private final Cascade cascade;
  private final CrewingFactory crewings;
  private final Clock clock;
  private final ZoneId office;

  ApplyRosterChange(
      RosterView roster,
      CrewHolds holds,
      CharterIndexes indexes,
      CharterTransitions transitions,
      Cascade cascade,
      CrewingFactory crewings,
      Clock clock,
      DispatchProperties properties) {
    this.roster = roster;
    this.holds = holds;
    this.indexes = indexes;
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
    release(update, member, from);
    resume(update, member, from);
  }

  private void release(RosterUpdate update, CrewMember member, LocalDate from) {
    Set<String> charters = new LinkedHashSet<>();
    for (Hold hold : holds.of(member.crewId(), from)) {
      hold.charters().forEach(held -> charters.add(held.charterId()));
    }
    for (String charterId : charters) {
      transitions.apply(
          charterId,
          update.eventId(),
          c ->
              cascade.release(
                  c, update.eventId(), member, crewings.forCharter(c), clock.instant()));
    }
  }

  /** One index query per month the member is marked available in; stalled charters are few. */
  private void resume(RosterUpdate update, CrewMember member, LocalDate from) {
    if (!member.active()) {
      return;
    }
    Set<LocalDate> days = new TreeSet<>();
    member.availability().keySet().stream()
        .filter(day -> !day.isBefore(from) && member.availableOn(day))
        .forEach(days::add);
    Set<YearMonth> months = new TreeSet<>();
    days.forEach(day -> months.add(YearMonth.from(day)));
    String reason = member.crewId() + " can now be called";
    for (YearMonth month : months) {
      for (StalledCharter stalled : indexes.stalled(month, from)) {
        if (!days.contains(stalled.sailDate())) {
          continue;
        }
        transitions.apply(
            stalled.charterId(),
            update.eventId(),
            c ->
                cascade.resume(
                    c, update.eventId(), crewings.forCharter(c), clock.instant(), null, reason));
      }
    }
  }
}
