package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;

/**
 * Port: where an event that can never be published is reported (EventDeadLettered on ops-events,
 * which puts it on the charter's timeline and in the office's digest).
 */
public interface UnpublishableEvents {

  void report(DispatchEvent event, String reason);
}
