package io.crewdispatch.auth.portal.application;

import io.crewdispatch.auth.portal.domain.Seat;
import org.springframework.stereotype.Service;

/**
 * Keeps the portal's read model of a member's calls and seats from dispatch-events. Idempotent: a
 * set gains nothing from a callId it holds, and a seat keeps the latest decision by its instant.
 */
@Service
public class RecordPortalActivity {

  private final PortalStore store;

  RecordPortalActivity(PortalStore store) {
    this.store = store;
  }

  public void called(String crewId, String callId) {
    store.addCall(crewId, callId);
  }

  public void seat(Seat seat) {
    store.recordSeat(seat);
  }
}
