package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.RegisteredCall;
import io.crewdispatch.auth.link.domain.Revocation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Kills live links when a call is withdrawn or its charter cancelled; repeating changes nothing.
 */
@Service
public class RevokeLinks {

  private static final Logger log = LoggerFactory.getLogger(RevokeLinks.class);

  private final LinkStore store;
  private final Clock clock;

  public RevokeLinks(LinkStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public void withdrawCall(String charterId, String callId, Revocation reason) {
    boolean revoked = store.revokeCall(charterId, callId, reason, clock.instant());
    log.info(
        "event={} charterId={} callId={} reason={}",
        revoked ? "links_revoked" : "links_already_dead",
        charterId,
        callId,
        reason);
  }

  /**
   * Kills the links of every call made before {@code cancelledAt}; later calls are a re-booking.
   */
  public void cancelCharter(String charterId, Instant cancelledAt) {
    Instant now = clock.instant();
    List<RegisteredCall> calls = store.cancelCharter(charterId, cancelledAt, now);
    int revoked = 0;
    for (RegisteredCall call : calls) {
      if (!call.calledAt().isAfter(cancelledAt)
          && store.revokeCall(charterId, call.callId(), Revocation.CHARTER_CANCELLED, now)) {
        revoked++;
      }
    }
    log.info(
        "event=charter_links_revoked charterId={} calls={} revoked={}",
        charterId,
        calls.size(),
        revoked);
  }
}
