package io.crewdispatch.dispatch.cascade.application;

/**
 * An event the broker can never take as it is (it cannot be serialized, or it is larger than a
 * record may be): publishing it again would fail the same way, so the outbox must move past it.
 */
public class UnpublishableEventException extends RuntimeException {

  public UnpublishableEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
