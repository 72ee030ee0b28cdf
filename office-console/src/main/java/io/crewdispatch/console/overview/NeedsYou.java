package io.crewdispatch.console.overview;

import io.crewdispatch.console.board.domain.CharterStatus;
import io.crewdispatch.console.board.domain.CharterView;
import io.crewdispatch.console.board.domain.OpenCall;
import io.crewdispatch.console.config.ConsoleProperties;
import io.crewdispatch.console.live.Times;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Why a charter needs the office now, if it does. */
@Component
public class NeedsYou {

  private final Clock clock;
  private final ConsoleProperties.NeedsYou rules;

  NeedsYou(Clock clock, ConsoleProperties properties) {
    this.clock = clock;
    this.rules = properties.needsYou();
  }

  public Optional<String> why(CharterView view) {
    if (view.status() == CharterStatus.CANCELLED || view.status() == CharterStatus.COMPLETED) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (view.status() == CharterStatus.STALLED) {
      return Optional.of("Stalled: " + Words.stall(view.stallReason()));
    }
    for (OpenCall call : view.openCalls()) {
      if (call.respondBy().isBefore(now.plus(rules.callDeadlineWithin()))) {
        return Optional.of(
            "No answer yet from "
                + call.callee().name()
                + ", due "
                + Times.time(call.respondBy(), view.zone()));
      }
    }
    boolean unfilled = view.captain() == null || view.crewFilled() < view.crewNeeded();
    if (unfilled
        && view.departs() != null
        && view.departs().isBefore(now.plus(rules.unfilledWithin()))) {
      return Optional.of(
          "Sails soon without a full crew: " + Words.captain(view) + ", " + Words.crew(view));
    }
    return Optional.empty();
  }
}
