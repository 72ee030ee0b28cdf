package io.crewdispatch.notification.delivery.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** notification-log's rules in memory, for unit tests of the pipeline. */
class InMemoryDeliveryLog implements DeliveryLog {

  static final class Entry {
    DeliveryStatus status;
    String token;
    Instant leaseUntil;
    String messageId;
    Instant sentAt;
    String error;
  }

  final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** Every write, the claim included: each is one conditional update in DynamoDB. */
  int writes;

  @Override
  public synchronized Claim claim(Attempt attempt, Instant now, Instant leaseUntil) {
    writes++;
    Entry entry = entries.get(attempt.deliveryId());
    if (entry != null && entry.status == DeliveryStatus.SENT) {
      return new AlreadySent(entry.messageId, entry.sentAt);
    }
    if (entry != null
        && entry.status == DeliveryStatus.SENDING
        && !entry.leaseUntil.isBefore(now)) {
      return new Busy(entry.leaseUntil);
    }
    DeliveryStatus previous = entry == null ? null : entry.status;
    Entry claimed = entry == null ? new Entry() : entry;
    claimed.status = DeliveryStatus.SENDING;
    claimed.token = UUID.randomUUID().toString();
    claimed.leaseUntil = leaseUntil;
    entries.put(attempt.deliveryId(), claimed);
    return new Granted(claimed.token, previous);
  }

  /** Like one transaction: every claim, or none when one of them was attempted before. */
  @Override
  public synchronized Optional<List<String>> claimAllNew(
      List<Attempt> attempts, Instant now, Instant leaseUntil) {
    writes++;
    if (attempts.stream().anyMatch(a -> entries.containsKey(a.deliveryId()))) {
      return Optional.empty();
    }
    List<String> tokens = new ArrayList<>();
    for (Attempt attempt : attempts) {
      Entry claimed = new Entry();
      claimed.status = DeliveryStatus.SENDING;
      claimed.token = UUID.randomUUID().toString();
      claimed.leaseUntil = leaseUntil;
      entries.put(attempt.deliveryId(), claimed);
      tokens.add(claimed.token);
    }
    return Optional.of(tokens);
  }

  /** Like one transaction: every record, or none when a claim was lost. */
  @Override
  public synchronized boolean sentAll(List<Sent> sent) {
    writes++;
    if (failingRecords > 0) {
      failingRecords--;
      throw new IllegalStateException("DynamoDB unreachable");
    }
    if (sent.stream().anyMatch(r -> !r.claimToken().equals(entries.get(r.deliveryId()).token))) {
      return false;
    }
    for (Sent record : sent) {
      Entry entry = entries.get(record.deliveryId());
      entry.status = DeliveryStatus.SENT;
      entry.messageId = record.messageId();
      entry.sentAt = record.sentAt();
    }
    return true;
  }

  /** Record writes that fail before one succeeds: DynamoDB unreachable for a moment. */
  int failingRecords;

  @Override
  public synchronized void sent(
      String deliveryId, String claimToken, String messageId, Instant sentAt) {
    writes++;
    if (failingRecords > 0) {
      failingRecords--;
      throw new IllegalStateException("DynamoDB unreachable");
    }
    Entry entry = entries.get(deliveryId);
    if (claimToken.equals(entry.token)) {
      entry.status = DeliveryStatus.SENT;
      entry.messageId = messageId;
      entry.sentAt = sentAt;
    }
  }

  @Override
  public synchronized void extend(String deliveryId, String claimToken, Instant leaseUntil) {
    writes++;
    Entry entry = entries.get(deliveryId);
    if (claimToken.equals(entry.token) && entry.status == DeliveryStatus.SENDING) {
      entry.leaseUntil = leaseUntil;
    }
  }

  @Override
  public synchronized void notSent(
      String deliveryId, String claimToken, DeliveryStatus status, String error, Instant now) {
    writes++;
    Entry entry = entries.get(deliveryId);
    if (claimToken.equals(entry.token)) {
      entry.status = status;
      entry.error = error;
    }
  }

  Entry get(String deliveryId) {
    return entries.get(deliveryId);
  }
}
