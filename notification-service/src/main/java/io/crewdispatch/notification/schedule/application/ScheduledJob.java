package io.crewdispatch.notification.schedule.application;

import java.time.Instant;

/** What sends one kind of scheduled item when it falls due. */
public interface ScheduledJob {

  String kind();

  /**
   * Sends it (exactly once through notification-log), or drops it when sending it {@code now} would
   * make no sense any more.
   *
   * @throws RuntimeException when it must be tried again; the item stays due
   */
  void run(Scheduled item, Instant now);
}
