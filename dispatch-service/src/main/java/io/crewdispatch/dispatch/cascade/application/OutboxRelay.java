package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.config.DispatchProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Publishes a charter's outbox and takes what it sent off it. Only the holder of the outbox's lease
 * sends; events queued while it sends are sent by it too. Sending happens on a few threads of its
 * own, so a listener or a timer moves on once its decision is saved: what is saved is as good as
 * sent, because a sender that dies leaves the outbox to whoever finds its lease run out.
 */
@Service
public class OutboxRelay implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final int ATTEMPTS = 10;
  private static final int SENDERS = 4;

  private final CharterStore store;
  private final DispatchPublisher publisher;
  private final Clock clock;
  private final Duration lease;
  private final ExecutorService senders =
      Executors.newFixedThreadPool(SENDERS, r -> new Thread(r, "dispatch-outbox"));

  OutboxRelay(
      CharterStore store, DispatchPublisher publisher, Clock clock, DispatchProperties properties) {
    this.store = store;
    this.publisher = publisher;
    this.clock = clock;
    this.lease = properties.timers().publishLease();
  }

  Instant leaseUntil() {
    return clock.instant().plus(lease);
  }

  /** Sends the outbox of {@code stored}, which {@code owner} holds the lease of, soon. */
  void deliverSoon(StoredCharter stored, String owner) {
    senders.execute(() -> deliver(stored, owner));
  }

  /** Takes over an outbox nobody is sending (its sender crashed or gave up) and sends it soon. */
  void resumeSoon(StoredCharter stored) {
    if (!stored.outbox().isEmpty() && stored.outbox().leaseFree(clock.instant())) {
      senders.execute(() -> resume(stored));
    }
  }

  /** Lets what is being sent finish; anything left is found by the timer poller later. */
  @Override
  public void destroy() throws InterruptedException {
    senders.shutdown();
    senders.awaitTermination(10, TimeUnit.SECONDS);
  }

  private void deliver(StoredCharter stored, String owner) {
    StoredCharter current = stored;
    while (current != null && !current.outbox().isEmpty()) {
      Outbox sending = current.outbox();
      String charterId = current.charter().charterId();
      try {
        publisher.publish(sending.events());
      } catch (RuntimeException e) {
        log.warn(
            "event=outbox_send_failed charterId={} retry=after_lease error={}",
            charterId,
            e.toString());
        return;
      }
      current = clear(current, sending, owner);
    }
  }

  private void resume(StoredCharter stored) {
    if (stored.outbox().isEmpty() || !stored.outbox().leaseFree(clock.instant())) {
      return;
    }
    String owner = UUID.randomUUID().toString();
    StoredCharter claimed =
        stored.next(stored.charter(), stored.outbox().leasedTo(owner, leaseUntil()));
    try {
      store.saveOutbox(claimed);
    } catch (ConcurrentChangeException taken) {
      return; // someone else changed it, and so holds the lease
    }
    log.info("event=outbox_resumed charterId={}", stored.charter().charterId());
    deliver(claimed, owner);
  }

  /** Removes what was sent; returns the charter if more was queued meanwhile, else null. */
  private StoredCharter clear(StoredCharter stored, Outbox sent, String owner) {
    StoredCharter current = stored;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Outbox left = current.outbox().without(sent);
      Outbox kept = left.isEmpty() ? Outbox.EMPTY : left.leasedTo(owner, leaseUntil());
      StoredCharter cleared = current.next(current.charter(), kept);
      try {
        store.saveOutbox(cleared);
        return left.isEmpty() ? null : cleared;
      } catch (ConcurrentChangeException changed) {
        current = store.load(current.charter().charterId()).orElseThrow();
        if (!current.outbox().heldBy(owner)) {
          return null; // our lease ran out and the new holder sends the rest
        }
      }
    }
    return null; // the poller takes it over when the lease runs out
  }
}
