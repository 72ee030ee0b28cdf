package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.Rank;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who may be called for one charter at the moment of a decision: active, marked available for the
 * sail date (unknown is never called), a captain's licence valid on the day, and not confirmed on
 * another charter whose hours overlap (their {@link Hold}). Orders are by cascade order, ties
 * broken by crew id so every instance agrees.
 */
public final class Crewing {

  /** What a decision may read; the application loads each part only if the decision asks. */
  public interface Sources {

    /**
     * Members of the rank who may be called on the sail date: at least the active ones marked
     * available then (more is fine, the rules are applied here).
     */
    List<CrewMember> candidates(Rank rank);

    /** The member as recently known (a cached copy may serve). */
    Optional<CrewMember> member(String crewId);

    /** The member as stored now: what an accept is checked against. */
    Optional<CrewMember> memberNow(String crewId);

    /**
     * The holds of these people on the sail date, read strongly consistent; a person holding
     * nothing gets {@link Hold#none}. The version read is the one a confirmation is conditioned on.
     */
    Map<String, Hold> holds(Collection<String> crewIds);

    /**
     * {@link #memberNow} and {@link #holds} together: an application may read the member while it
     * finds whose holds to read ({@code crewIds}, which may refill the roster's cache) and reads
     * them, since neither depends on the other and a captain's accept waits for both before the
     * crew are called.
     */
    default Optional<CrewMember> memberNowWithHolds(
        String crewId, Supplier<? extends Collection<String>> crewIds) {
      holds(crewIds.get());
      return memberNow(crewId);
    }
  }

  /** The member's current record when they can be called, or why not. */
  public record Reach(Person person, Obstacle obstacle) {
    public boolean callable() {
      return obstacle == null;
    }
  }

  /** Why someone may not be called or confirmed, as a reason and in plain words. */
  public record Obstacle(WithdrawalReason reason, String why) {}

  private static final Comparator<CrewMember> CASCADE_ORDER =
      Comparator.comparingInt(CrewMember::cascadeOrder).thenComparing(CrewMember::crewId);

  private final String charterId;
  private final CharterDetails charter;
  private final Sources sources;
  private final LicenceRule licence;

  public Crewing(String charterId, CharterDetails charter, Sources sources, LicenceRule licence) {
    this.charterId = charterId;
    this.charter = charter;
    this.sources = sources;
    this.licence = licence;
  }

  public Crewing(String charterId, CharterDetails charter, Sources sources) {
    this(charterId, charter, sources, LicenceRule.NOT_TRACKED);
  }

  public List<Person> captains() {
    return callable(sources.candidates(Rank.CAPTAIN)).stream()
        .sorted(CASCADE_ORDER)
        .map(Person::of)
        .toList();
  }

  /** The captain's paired crew for the sail month first, then everyone else. */
  public List<Person> crewFor(String captainId) {
    YearMonth month = charter.month();
    Comparator<CrewMember> pairedFirst =
        Comparator.comparing(m -> !m.pairedCaptain(month).map(captainId::equals).orElse(false));
    return callable(sources.candidates(Rank.CREW)).stream()
        .sorted(pairedFirst.thenComparing(CASCADE_ORDER))
        .map(Person::of)
        .toList();
  }

  /** Whether the member (as recently known) may be called now for {@code role}. */
  public Reach reach(String crewId, Rank role) {
    return reach(sources.member(crewId), role);
  }

  /** Whether the member, as stored at this moment, may be confirmed now for {@code role}. */
  public Reach reachNow(String crewId, Rank role) {
    return reach(sources.memberNow(crewId), role);
  }

  /**
   * Like {@link #reachNow} for a captain's accept, reading the captain's hold in the same request
   * as the holds of the crew who may be called next, and the captain's record while the crew are
   * found (a roster cache past its time to live is refilled then: an accept usually comes minutes
   * after the last decision) and that request is made: confirming a captain calls the crew at once,
   * and reads one after the other were round trips on the path to the crew's phones. The versions
   * read are still the ones the decision's hold writes are conditioned on.
   */
  public Reach reachNowWithCrew(String captainId) {
    Supplier<List<String>> ids =
        () -> {
          List<String> found = new ArrayList<>();
          found.add(captainId);
          sources.candidates(Rank.CREW).stream()
              .filter(m -> standing(m).isEmpty())
              .map(CrewMember::crewId)
              .forEach(found::add);
          return found;
        };
    return reach(sources.memberNowWithHolds(captainId, ids), Rank.CAPTAIN);
  }

  /** The person's hold on the sail date, as read for this decision. */
  Hold hold(String crewId) {
    return sources.holds(List.of(crewId)).get(crewId);
  }

  CharterDetails details() {
    return charter;
  }

  String charterId() {
    return charterId;
  }

  private Reach reach(Optional<CrewMember> member, Rank role) {
    if (member.isEmpty()) {
      return new Reach(
          null, new Obstacle(WithdrawalReason.UNAVAILABLE, "is no longer on the roster"));
    }
    if (member.get().rank() != role) {
      return new Reach(
          null,
          new Obstacle(
              WithdrawalReason.UNAVAILABLE, "is no longer listed as " + role.name().toLowerCase()));
    }
    Optional<Obstacle> obstacle = standing(member.get());
    if (obstacle.isEmpty()) {
      obstacle = heldElsewhere(hold(member.get().crewId()));
    }
    return obstacle
        .map(why -> new Reach(null, why))
        .orElseGet(() -> new Reach(Person.of(member.get()), null));
  }

  /** Members without a standing obstacle, then without a conflicting hold (one batch read). */
  private List<CrewMember> callable(List<CrewMember> candidates) {
    List<CrewMember> standing = candidates.stream().filter(m -> standing(m).isEmpty()).toList();
    if (standing.isEmpty()) {
      return standing;
    }
    Map<String, Hold> holds = sources.holds(standing.stream().map(CrewMember::crewId).toList());
    return standing.stream().filter(m -> heldElsewhere(holds.get(m.crewId())).isEmpty()).toList();
  }

  /** What keeps the member off this charter whatever else they hold. */
  Optional<Obstacle> standing(CrewMember member) {
    if (!member.active()) {
      return Optional.of(new Obstacle(WithdrawalReason.UNAVAILABLE, "is inactive"));
    }
    if (member.unavailableOn(charter.sailDate())) {
      return Optional.of(
          new Obstacle(WithdrawalReason.UNAVAILABLE, "is unavailable on " + charter.sailDate()));
    }
    if (!member.availableOn(charter.sailDate())) {
      return Optional.of(
          new Obstacle(
              WithdrawalReason.UNAVAILABLE, "has not marked " + charter.sailDate() + " available"));
    }
    if (member.rank() == Rank.CAPTAIN) {
      return licence
          .lapse(member, charter.sailDate())
          .map(why -> new Obstacle(WithdrawalReason.CERTIFICATE_LAPSED, why));
    }
    return Optional.empty();
  }

  /** Whether a confirmed seat must go: inactive, explicitly unavailable, or licence lapsed. */
  Optional<Obstacle> lapsed(CrewMember member, Rank role) {
    if (!member.active()) {
      return Optional.of(new Obstacle(WithdrawalReason.UNAVAILABLE, "now inactive"));
    }
    if (member.unavailableOn(charter.sailDate())) {
      return Optional.of(
          new Obstacle(WithdrawalReason.UNAVAILABLE, "now unavailable on " + charter.sailDate()));
    }
    if (role == Rank.CAPTAIN) {
      return licence
          .lapse(member, charter.sailDate())
          .map(why -> new Obstacle(WithdrawalReason.CERTIFICATE_LAPSED, why));
    }
    return Optional.empty();
  }

  private Optional<Obstacle> heldElsewhere(Hold hold) {
    return hold.conflict(charterId, charter)
        .map(
            other ->
                new Obstacle(
                    WithdrawalReason.HELD_ELSEWHERE,
                    "is confirmed on overlapping charter " + other.charterId()));
  }
}
