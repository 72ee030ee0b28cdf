package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.Rank;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may be called for one charter at the moment of a decision: active, marked available for the
 * sail date (unknown is never called), and not holding a seat on another charter whose hours
 * overlap. Orders are by cascade order, ties broken by crew id so every instance agrees.
 */
public final class Crewing {

  /** What a decision may read; the application loads each part only if the decision asks. */
  public interface Sources {

    /**
     * Members of the rank who may be called on the sail date: at least the active ones marked
     * available then (more is fine, the rules are applied here).
     */
    List<CrewMember> candidates(Rank rank);

    Optional<CrewMember> member(String crewId);

    /** The charters sailing on the same date (at least those holding someone). */
    List<Charter> sameDay();
  }

  /** The member's current record when they can be called, or why not. */
  public record Reach(Person person, String obstacle) {
    public boolean callable() {
      return obstacle == null;
    }
  }

  private static final Comparator<CrewMember> CASCADE_ORDER =
      Comparator.comparingInt(CrewMember::cascadeOrder).thenComparing(CrewMember::crewId);

  private final String charterId;
  private final CharterDetails charter;
  private final Sources sources;
  private Set<String> busy;

  public Crewing(String charterId, CharterDetails charter, Sources sources) {
    this.charterId = charterId;
    this.charter = charter;
    this.sources = sources;
  }

  public List<Person> captains() {
    return sources.candidates(Rank.CAPTAIN).stream()
        .filter(m -> obstacle(m).isEmpty())
        .sorted(CASCADE_ORDER)
        .map(Person::of)
        .toList();
  }

  /** The captain's paired crew for the sail month first, then everyone else. */
  public List<Person> crewFor(String captainId) {
    YearMonth month = charter.month();
    Comparator<CrewMember> pairedFirst =
        Comparator.comparing(m -> !m.pairedCaptain(month).map(captainId::equals).orElse(false));
    return sources.candidates(Rank.CREW).stream()
        .filter(m -> obstacle(m).isEmpty())
        .sorted(pairedFirst.thenComparing(CASCADE_ORDER))
        .map(Person::of)
        .toList();
  }

  public Reach reach(String crewId, Rank role) {
    Optional<CrewMember> member = sources.member(crewId);
    if (member.isEmpty()) {
      return new Reach(null, "is no longer on the roster");
    }
    if (member.get().rank() != role) {
      return new Reach(null, "is no longer listed as " + role.name().toLowerCase());
    }
    return obstacle(member.get())
        .map(why -> new Reach(null, why))
        .orElseGet(() -> new Reach(Person.of(member.get()), null));
  }

  private Optional<String> obstacle(CrewMember member) {
    if (!member.active()) {
      return Optional.of("is inactive");
    }
    if (member.unavailableOn(charter.sailDate())) {
      return Optional.of("is unavailable on " + charter.sailDate());
    }
    if (!member.availableOn(charter.sailDate())) {
      return Optional.of("has not marked " + charter.sailDate() + " available");
    }
    if (busy().contains(member.crewId())) {
      return Optional.of("holds a seat on an overlapping charter");
    }
    return Optional.empty();
  }

  private Set<String> busy() {
    if (busy == null) {
      busy =
          sources.sameDay().stream()
              .filter(other -> !other.charterId().equals(charterId))
              .filter(other -> other.status() != CharterStatus.CANCELLED)
              .filter(other -> other.details().overlaps(charter))
              .flatMap(other -> other.calls().stream())
              .filter(call -> call.is(CallState.ACCEPTED))
              .map(Call::crewId)
              .collect(Collectors.toSet());
    }
    return busy;
  }
}
