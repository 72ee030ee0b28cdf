package io.crewdispatch.console.board.application;

import io.crewdispatch.console.board.domain.Fact;

/**
 * A fact the charter's item has no room for: stored, it would take more than the board's budget for
 * one item, and the table would refuse the write every time it was tried. It is poison, not a fault
 * to retry: retried, it would stop every charter behind it on its partition.
 */
public class CharterTooLarge extends RuntimeException {

  private final transient Fact refused;

  public CharterTooLarge(Fact refused, int factsHeld, CharterSize size) {
    super(
        "Charter "
            + refused.charterId()
            + " has no room for event "
            + refused.eventId()
            + " ("
            + refused.type()
            + "): with it the charter's item would take "
            + size.bytes()
            + " bytes, over the board's budget of "
            + size.budget()
            + " bytes for one charter ("
            + factsHeld
            + " facts held). Later events of the charter are refused the same way.");
    this.refused = refused;
  }

  /** The first fact that did not fit; the ones before it in the same call were stored. */
  public Fact refused() {
    return refused;
  }
}
