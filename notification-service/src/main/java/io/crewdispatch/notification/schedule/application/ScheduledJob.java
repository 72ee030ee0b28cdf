package io.crewdispatch.notification.schedule.application;

/** What sends one kind of scheduled item when it falls due. */
public interface ScheduledJob {

  String kind();

  /**
   * Sends it (exactly once through notification-log).
   *
   * @throws RuntimeException when it must be tried again; the item stays due
   */
  void run(Scheduled item);
}
