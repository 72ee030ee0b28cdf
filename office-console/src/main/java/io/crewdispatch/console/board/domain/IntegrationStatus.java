package io.crewdispatch.console.board.domain;

import java.time.Instant;

/** The latest IntegrationStateChanged of one service's integration. */
public record IntegrationStatus(
    String service,
    String integration,
    String state,
    String detail,
    Instant since,
    String whatToDo,
    Instant asOf) {

  public boolean up() {
    return "UP".equals(state);
  }
}
