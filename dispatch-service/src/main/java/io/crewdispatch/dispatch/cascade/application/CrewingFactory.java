package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.CharterDetails;
import io.crewdispatch.dispatch.cascade.domain.Crewing;
import io.crewdispatch.dispatch.cascade.domain.Hold;
import io.crewdispatch.dispatch.cascade.domain.LicenceRule;
import io.crewdispatch.dispatch.config.DispatchProperties;
import io.crewdispatch.dispatch.roster.application.RosterView;
import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.Rank;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Gives each decision a {@link Crewing} that reads the roster and the people's holds only if the
 * decision asks, and each at most once: a hold read once is the version the decision's hold write
 * is conditioned on.
 */
@Component
public class CrewingFactory implements DisposableBean {

  /** Decisions run on at most the listeners' consumers and the timer poller at once. */
  private static final int READERS = 4;

  private final RosterView roster;
  private final CrewHolds holds;
  private final LicenceRule licence;
  private final ExecutorService reads =
      Executors.newFixedThreadPool(
          READERS,
          r -> {
            Thread thread = new Thread(r, "dispatch-read");
            thread.setDaemon(true);
            return thread;
          });

  CrewingFactory(RosterView roster, CrewHolds holds, DispatchProperties properties) {
    this.roster = roster;
    this.holds = holds;
    this.licence =
        new LicenceRule(properties.licence().certificate(), properties.licence().required());
  }

  @Override
  public void destroy() {
    reads.shutdownNow();
  }

  public Crewing forCharter(Charter charter) {
    return of(charter.charterId(), charter.details());
  }

  public Crewing of(String charterId, CharterDetails details) {
    return new Crewing(charterId, details, new Sources(details), licence);
  }

  /**
   * Crewings for a fetch's new bookings, by charter id: the captains' holds on all their sail dates
   * are read with one request up front, so each decision finds the holds it asks for already read
   * (a booking writes no hold, so what one booking decides cannot change another's).
   */
  public Map<String, Crewing> forBookings(Map<String, CharterDetails> bookings) {
    Map<LocalDate, List<CrewMember>> captains = new HashMap<>();
    bookings
        .values()
        .forEach(
            details ->
                captains.computeIfAbsent(
                    details.sailDate(), day -> roster.availableOn(Rank.CAPTAIN, day)));
    Map<LocalDate, List<String>> ids = new HashMap<>();
    captains.forEach(
        (day, members) -> ids.put(day, members.stream().map(CrewMember::crewId).toList()));
    Map<LocalDate, Map<String, Hold>> held = holds.on(ids);
    Map<String, Crewing> crewings = new HashMap<>();
    bookings.forEach(
        (charterId, details) -> {
          Sources sources = new Sources(details);
          sources.byRank.put(Rank.CAPTAIN, captains.get(details.sailDate()));
          sources.read.putAll(held.getOrDefault(details.sailDate(), Map.of()));
          crewings.put(charterId, new Crewing(charterId, details, sources, licence));
        });
    return crewings;
  }

  private final class Sources implements Crewing.Sources {

    private final CharterDetails details;
    private final Map<Rank, List<CrewMember>> byRank = new EnumMap<>(Rank.class);
    private final Map<String, Hold> read = new HashMap<>();

    Sources(CharterDetails details) {
      this.details = details;
    }

    @Override
    public List<CrewMember> candidates(Rank rank) {
      return byRank.computeIfAbsent(rank, r -> roster.availableOn(r, details.sailDate()));
    }

    @Override
    public Optional<CrewMember> member(String crewId) {
      return roster.member(crewId);
    }

    @Override
    public Optional<CrewMember> memberNow(String crewId) {
      return roster.stored(crewId);
    }

    /**
     * The member's record is read on another thread while this one finds whose holds to read (a
     * roster cache past its time to live is refilled then) and reads them.
     */
    @Override
    public Optional<CrewMember> memberNowWithHolds(
        String crewId, Supplier<? extends Collection<String>> crewIds) {
      CompletableFuture<Optional<CrewMember>> member =
          CompletableFuture.supplyAsync(() -> roster.stored(crewId), reads);
      holds(crewIds.get());
      try {
        return member.join();
      } catch (CompletionException failed) {
        // The read's own exception, so the listener's retry sees what failed (SDK, throttling).
        throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
      }
    }

    @Override
    public Map<String, Hold> holds(Collection<String> crewIds) {
      List<String> missing = crewIds.stream().filter(id -> !read.containsKey(id)).toList();
      if (!missing.isEmpty()) {
        read.putAll(holds.on(details.sailDate(), missing));
      }
      Map<String, Hold> found = new HashMap<>();
      crewIds.forEach(id -> found.put(id, read.get(id)));
      return found;
    }
  }
}
