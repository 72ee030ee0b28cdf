package io.crewdispatch.console.board.kafka;

import static io.crewdispatch.console.board.domain.Fields.*;

import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.console.board.domain.Fields;
import io.crewdispatch.console.board.domain.Seat;
import io.crewdispatch.events.CallExtended;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadePaused;
import io.crewdispatch.events.CascadeResumed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.SeatReleased;
import java.util.Optional;

/**
 * dispatch-events as the board's facts: calls, answers the cascade drew from them, office actions.
 */
final class DispatchEventFacts {

  private DispatchEventFacts() {}

  /**
   * Empty for event types the board has no use for (including a newer producer's): were such an
   * event an error, one would stop its partition.
   */
  static Optional<Fact> of(Object event) {
    Facts fact;
    if (event instanceof CaptainCalled e) {
      fact = on(e);
    } else if (event instanceof CrewCalled e) {
      fact = on(e);
    } else if (event instanceof CallWithdrawn e) {
      fact = on(e);
    } else if (event instanceof CaptainConfirmed e) {
      fact = on(e);
    } else if (event instanceof CrewConfirmed e) {
      fact = on(e);
    } else if (event instanceof SeatReleased e) {
      fact = on(e);
    } else if (event instanceof CharterStaffed e) {
      fact = on(e);
    } else if (event instanceof CascadeStalled e) {
      fact = on(e);
    } else if (event instanceof CallExtended e) {
      fact = on(e);
    } else if (event instanceof CascadePaused e) {
      fact = on(e);
    } else if (event instanceof CascadeResumed e) {
      fact = on(e);
    } else {
      return Optional.empty();
    }
    return Optional.of(fact.fact());
  }

  private static Facts on(CaptainCalled e) {
    return Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CAPTAIN_CALLED)
        .charter(e.getCharter())
        .person(e.getCallee())
        .with(CALL_ID, e.getCallId())
        .with(CHANNEL, e.getCallee().getChannel())
        .at(RESPOND_BY, e.getRespondBy());
  }

  private static Facts on(CrewCalled e) {
    return Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CREW_CALLED)
        .charter(e.getCharter())
        .person(e.getCallee())
        .with(CALL_ID, e.getCallId())
        .with(CHANNEL, e.getCallee().getChannel())
        .at(RESPOND_BY, e.getRespondBy());
  }

  private static Facts on(CallWithdrawn e) {
    return Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CALL_WITHDRAWN)
        .charter(e.getCharter())
        .person(e.getCallee())
        .with(CALL_ID, e.getCallId())
        .with(REASON, e.getReason());
  }

  private static Facts on(CaptainConfirmed e) {
    return Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CAPTAIN_CONFIRMED)
        .charter(e.getCharter())
        .person(e.getCaptain())
        .with(CALL_ID, e.getCallId());
  }

  private static Facts on(CrewConfirmed e) {
    return Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CREW_CONFIRMED)
        .charter(e.getCharter())
        .person(e.getCrew())
        .with(CALL_ID, e.getCallId())
        .with(BY_OFFICE, e.getByOffice());
  }

  private static Facts on(SeatReleased e) {
    return Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.SEAT_RELEASED)
        .charter(e.getCharter())
        .person(e.getPerson())
        .with(ROLE, e.getRole())
        .with(REASON, e.getReason())
        .with(BY_OFFICE, e.getByOffice());
  }

  private static Facts on(CharterStaffed e) {
    return Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.STAFFED)
        .charter(e.getCharter())
        .person(e.getCaptain())
        .with(
            CREW,
            Fields.people(
                e.getCrew().stream().map(c -> new Seat(c.getCrewId(), c.getName())).toList()));
  }

  private static Facts on(CascadeStalled e) {
    return Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.STALLED)
        .charter(e.getCharter())
        .with(REASON, e.getReason())
        .with(DETAIL, e.getAttempts().size());
  }

  private static Facts on(CallExtended e) {
    return Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.CALL_EXTENDED)
        .person(e.getCallee())
        .with(CALL_ID, e.getCallId())
        .at(RESPOND_BY, e.getRespondBy())
        .with(BY_OFFICE, e.getByOffice());
  }

  private static Facts on(CascadePaused e) {
    return Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.PAUSED)
        .with(BY_OFFICE, e.getByOffice())
        .with(REASON, e.getReason());
  }

  private static Facts on(CascadeResumed e) {
    return Facts.of(e.getCharterId(), e.getEventId(), e.getOccurredAt(), FactType.RESUMED)
        .with(BY_OFFICE, e.getByOffice())
        .with(REASON, e.getReason());
  }
}
