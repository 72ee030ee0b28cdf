package io.crewdispatch.roster.member.application;

/** An AvailabilitySet that can never be applied (unknown member, a day outside the window). */
public class RejectedAvailabilityException extends RuntimeException {

  public RejectedAvailabilityException(String reason) {
    super(reason);
  }
}
