package io.crewdispatch.dispatch.cascade.application;

/** Another writer changed the charter since it was read; reload and decide again. */
public class ConcurrentChangeException extends RuntimeException {

  public ConcurrentChangeException(String message) {
    super(message);
  }
}
