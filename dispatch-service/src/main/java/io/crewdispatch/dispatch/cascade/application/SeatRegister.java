package io.crewdispatch.dispatch.cascade.application;

import java.time.LocalDate;
import java.util.List;

/**
 * Which charters each member holds a seat on, so a roster change finds the seats it releases
 * without reading every charter (port).
 */
public interface SeatRegister {

  /**
   * Records a seat. Written before the charter that gives the seat is saved, so a release never
   * misses one; an entry whose save then lost a race is harmless, as releases check the charter.
   */
  void record(String crewId, LocalDate sailDate, String charterId);

  /** Charters on which the member holds or held a seat, sailing on {@code from} or later. */
  List<String> chartersOf(String crewId, LocalDate from);
}
