package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import java.util.List;

/** Publishes dispatch events, in order, keyed by charter (port). */
public interface DispatchPublisher {

  /** Returns once the broker has acknowledged every event; throws if any could not be sent. */
  void publish(List<DispatchEvent> events);
}
