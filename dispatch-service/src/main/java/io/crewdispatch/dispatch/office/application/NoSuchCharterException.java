package io.crewdispatch.dispatch.office.application;

/** An office action named a charter dispatch does not know. */
public class NoSuchCharterException extends RuntimeException {

  private final String charterId;

  public NoSuchCharterException(String charterId) {
    super("Charter " + charterId + " is unknown.", null, false, false);
    this.charterId = charterId;
  }

  public String charterId() {
    return charterId;
  }
}
