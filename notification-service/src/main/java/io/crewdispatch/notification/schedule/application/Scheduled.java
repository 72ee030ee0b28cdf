package io.crewdispatch.notification.schedule.application;

import java.time.Instant;
import java.util.Map;

/**
 * Something to send later: {@code id} names it (one per call or per person and charter), {@code
 * changedAt} is the time of the event that last set or cancelled it, so an older event redelivered
 * late never undoes a newer one.
 */
public record Scheduled(
    String id, String kind, Instant dueAt, Instant changedAt, Map<String, String> data) {

  public Scheduled {
    data = Map.copyOf(data);
  }

  @Override
  public String toString() {
    // data may hold sealed links and phone numbers
    return "Scheduled[id=" + id + ", kind=" + kind + ", dueAt=" + dueAt + "]";
  }
}
