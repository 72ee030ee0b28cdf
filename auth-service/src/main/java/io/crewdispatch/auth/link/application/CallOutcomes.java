package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.CallOutcome;
import java.util.Optional;

/**
 * What dispatch decided after an answer, kept beside the links (table {@code crew-portal-links}),
 * so every instance's accept page can tell. Each record keeps the latest decision: an older event
 * delivered late never overwrites a newer one.
 */
public interface CallOutcomes {

  void recordForCall(String callId, CallOutcome outcome);

  /** A seat has no callId when it ends (SeatReleased): it is known by charter and person. */
  void recordForSeat(String charterId, String crewId, CallOutcome outcome);

  Optional<CallOutcome> forCall(String callId);

  Optional<CallOutcome> forSeat(String charterId, String crewId);
}
