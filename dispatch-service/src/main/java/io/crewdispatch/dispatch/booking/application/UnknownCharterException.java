package io.crewdispatch.dispatch.booking.application;

/** A change to a charter nobody booked. */
public class UnknownCharterException extends RuntimeException {

  private final String charterId;

  public UnknownCharterException(String charterId) {
    super("Charter " + charterId + " is unknown");
    this.charterId = charterId;
  }

  public String charterId() {
    return charterId;
  }
}
