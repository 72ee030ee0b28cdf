package io.crewdispatch.notification.delivery.application;

/** Port: waits until one more message may be sent within the configured send rate. */
@FunctionalInterface
public interface SendThrottle {

  void acquire();
}
