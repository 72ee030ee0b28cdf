package io.crewdispatch.notification.delivery.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
   * Claims deliveries never attempted before, all in one conditional write: their claims' tokens in
   * order, or empty when one of them was attempted before or another sender is at one (nothing is
   * claimed then, and each goes its own way through {@link #claim}).
   */
  Optional<List<String>> claimAllNew(List<Attempt> attempts, Instant now, Instant leaseUntil);

  /**
   * Records sends all in one conditional write: false, and nothing recorded, when a claim was lost
   * (each is then recorded on its own through {@link #sent}).
   */
  boolean sentAll(List<Sent> sent);

  /** A send to record: what {@link #sent} takes. */
  record Sent(String deliveryId, String claimToken, String messageId, Instant sentAt) {}

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
