package io.crewdispatch.console.roster;

import io.crewdispatch.console.board.application.BoardStore;
import io.crewdispatch.console.board.domain.Member;
import io.crewdispatch.console.board.domain.OpenCall;
import io.crewdispatch.console.board.domain.PortalAnswer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The roster on one day: each member's availability (their own portal answer when it is newer than
 * the sheet's record), pairing and certificates.
 */
@Component
public class RosterDay {

  private final BoardStore store;

  RosterDay(BoardStore store) {
    this.store = store;
  }

  public record OnDay(
      String crewId,
      String name,
      OpenCall.Role rank,
      boolean active,
      Boolean available,
      String pairedCaptain,
      boolean certified) {}

  public List<OnDay> on(LocalDate day) {
    Map<String, PortalAnswer> latestAnswer = new HashMap<>();
    for (PortalAnswer answer : store.portalAnswers()) {
      if (answer.days().containsKey(day)) {
        latestAnswer.merge(answer.crewId(), answer, (a, b) -> a.setAt().isAfter(b.setAt()) ? a : b);
      }
    }
    return store.members().stream()
        .map(m -> onDay(m, day, latestAnswer.get(m.crewId())))
        .sorted(
            Comparator.comparing(OnDay::rank)
                .thenComparing(o -> !Boolean.TRUE.equals(o.available()))
                .thenComparing(OnDay::name))
        .toList();
  }

  private static OnDay onDay(Member m, LocalDate day, PortalAnswer answer) {
    Boolean available = m.availability().get(day);
    if (answer != null && answer.setAt().isAfter(m.asOf())) {
      available = answer.days().get(day);
    }
    return new OnDay(
        m.crewId(),
        m.name(),
        m.rank(),
        m.active(),
        available,
        m.pairedCaptainByMonth().get(YearMonth.from(day)),
        m.certifiedOn(day));
  }
}
