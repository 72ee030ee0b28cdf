package io.crewdispatch.dispatch.booking.application;

/** A repeat of a recorded request that differs from it (same booking id, other content). */
public class ConflictingRequestException extends RuntimeException {

  public ConflictingRequestException(String message) {
    super(message);
  }
}
