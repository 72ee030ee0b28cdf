package io.crewdispatch.notification.schedule.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: table notification-schedule. Every change is a conditional write ordered by the event time
 * that caused it; taking a due item is a conditional claim, so of two instances one sends.
 */
public interface ScheduleStore {

  /** Sets the item unless a newer event already set or cancelled it, or it was sent. */
  boolean put(Scheduled item);

  /**
   * Like {@link #put}, for a call's follow-up: also refused when {@code callId} was answered
   * already ({@link #answered}), whichever event came first.
   */
  boolean putUnlessAnswered(Scheduled item, String callId);

  /**
   * {@link #putUnlessAnswered} for follow-ups of distinct ids ({@code TransactWrites.LIMIT} at
   * most) in one transaction, every condition kept: true when all were written; false, and none
   * written, when one was refused or another writer was at one of them, for each to be put alone.
   */
  boolean putAllUnlessAnswered(List<FollowUp> followUps);

  /** A call's follow-up, and the call it waits on. */
  record FollowUp(Scheduled item, String callId) {}

  /**
   * {@code callId} was answered: cancels the item if it waits for that call (and was not sent), and
   * remembers the answer in the item (creating a tombstone when absent), so the call's own
   * scheduling, should it come later, is refused.
   */
  void answered(String id, String callId, Instant at);

  /** Cancels it (a tombstone when absent) unless a newer event set it again or it was sent. */
  void cancel(String id, Instant changedAt);

  /** Items due by {@code now} (read from an index: candidates only, each must be claimed). */
  List<Scheduled> due(Instant now, int limit);

  /**
   * Takes a due, pending item (or one whose taker's lease ran out), returning it as it now is;
   * empty when another instance has it, or it was sent, cancelled or moved later meanwhile.
   */
  Optional<Claimed> claim(String id, Instant now, Instant leaseUntil);

  /** A claimed item and the token that proves the claim. */
  record Claimed(String token, Scheduled item) {}

  /** Marks it sent; only the holder of {@code token}. */
  void done(String id, String token);
}
