package io.crewdispatch.notification.delivery.application;

import java.time.Instant;
import java.util.List;

/**
 * Port: notification-log, the memory that makes delivery exactly-once. Every change is a
 * conditional write, so two deliveries of one event (a redelivery, a second instance) cannot both
 * send.
 */
public interface DeliveryLog {

  /**
   * Claims the right to send, unless the notice was sent or another sender's lease is still
   * running.
   */
  Claim claim(Attempt attempt, Instant now, Instant leaseUntil);

  /**
   * Records the mail system's message id and when it accepted the message; only the holder of
   * {@code claimToken} may.
   */
  void sent(String deliveryId, String claimToken, String messageId, Instant sentAt);

  /**
   * Moves the lease of a claim its holder is still working on to {@code leaseUntil}; only the
   * holder of {@code claimToken} may.
   */
  void extend(String deliveryId, String claimToken, Instant leaseUntil);

  /** Records why it did not go; only the holder of {@code claimToken} may. */
  void notSent(
      String deliveryId, String claimToken, DeliveryStatus status, String error, Instant now);

  /** What is being sent, kept for whoever looks into the table. */
  record Attempt(
      String deliveryId, String sourceEventId, String kind, String key, List<String> recipients) {}

  /** The answer to a claim. */
  sealed interface Claim permits Granted, AlreadySent, Busy {}

  /** The caller may send; {@code previous} is null for a first attempt. */
  record Granted(String token, DeliveryStatus previous) implements Claim {}

  /**
   * Sent before, at {@code sentAt} (what NotificationSent carries, so announcing it again repeats
   * the same event).
   */
  record AlreadySent(String messageId, Instant sentAt) implements Claim {}

  /** Another sender holds it until {@code leaseUntil}. */
  record Busy(Instant leaseUntil) implements Claim {}
}
