package io.crewdispatch.dispatch.config;

/** Logical names of the tables dispatch-service owns (the platform adds the prefix). */
public final class DispatchTables {

  /** Charters and their cascades; GSIs for the month view and for due timers. */
  public static final String CHARTERS = "crew-dispatch";

  public static final String CHARTER_DATE_INDEX = "charter-date-index";

  /** Sparse: only charters with a deadline, a waiting call or an unsent outbox are in it. */
  public static final String TIMER_DUE_INDEX = "timer-due-index";

  /** Each charter's timeline. */
  public static final String TIMELINE = "charter-chats";

  /** Dispatch's projection of the roster. */
  public static final String ROSTER = "dispatch-roster";

  /** Sparse: only STALLED charters, by sail month and date, so a roster change finds them. */
  public static final String STALLED_INDEX = "stalled-index";

  /** What each person is confirmed on per sail date, with the hours (flow 10). */
  public static final String HOLDS = "crew-holds";

  /** What the booking endpoint recorded and published. */
  public static final String BOOKINGS = "dispatch-bookings";

  private DispatchTables() {}
}
