package io.crewdispatch.console.board.domain;

import java.time.Instant;

/** A call that has not been answered yet: who, as what, until when. */
public record OpenCall(String callId, Seat callee, Role role, Instant respondBy) {

  public enum Role {
    CAPTAIN,
    CREW
  }
}
