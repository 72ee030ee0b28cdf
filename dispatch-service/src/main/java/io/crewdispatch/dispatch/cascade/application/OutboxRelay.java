package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import io.crewdispatch.dispatch.config.DispatchProperties;
import io.crewdispatch.platform.logging.Failures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
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
 *
 * <p>What was sent is taken off a moment later ({@code clear-window}), the sends of that moment in
 * one transaction: a steady trickle of bookings would otherwise cost a write each. Meanwhile the
 * lease stays with the sender, so a decision saved on such a charter queues its events for it;
 * {@link #nudge} clears that charter at once, so they do not wait for the window.
 */
@Service
public class OutboxRelay implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final int ATTEMPTS = 10;
  private static final int SENDERS = 4;

  /** The share of a lease, in percent, that must be left when a send starts (SEND_SHARE). */
  private static final int SEND_SHARE_PERCENT = 80;

  private final CharterStore store;
  private final DispatchPublisher publisher;
  private final UnpublishableEvents unpublishable;
  private final TimerAgenda agenda;
  private final Clock clock;
  private final Duration lease;
  private final Duration clearWindow;
  private final ExecutorService senders =
      Executors.newFixedThreadPool(SENDERS, r -> new Thread(r, "dispatch-outbox"));
  private final ScheduledThreadPoolExecutor clearer =
      new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "dispatch-outbox-clear"));

  /**
   * Sent and not yet taken off, by charter; the end of a window is due whenever it is not empty.
   */
  private final Map<String, Held> unclear = new LinkedHashMap<>();

  /** Whether the end of a window is scheduled (guarded by {@link #unclear}): one at a time. */
  private boolean windowOpen;

  OutboxRelay(
      CharterStore store,
      DispatchPublisher publisher,
      UnpublishableEvents unpublishable,
      TimerAgenda agenda,
      Clock clock,
      DispatchProperties properties) {
    this.store = store;
    this.publisher = publisher;
    this.unpublishable = unpublishable;
    this.agenda = agenda;
    this.clock = clock;
    this.lease = properties.timers().publishLease();
    this.clearWindow = properties.timers().clearWindow();
    clearer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // destroy clears them itself
    if (clearWindow.compareTo(lease.minus(sendAllowance()).dividedBy(2)) > 0) {
      // A send may use the lease up to its allowance; the clear must still come inside it.
      throw new IllegalArgumentException(
          "crewdispatch.dispatch.timers.clear-window "
              + clearWindow
              + " must be at most half of what a send leaves of the publish lease");
    }
  }

  Instant leaseUntil() {
    return clock.instant().plus(lease);
  }

  /**
   * The part of the lease a send may use; the producer's {@code delivery.timeout.ms} must fit in it
   * (checked at start-up by the Kafka adapter).
   */
  public Duration sendAllowance() {
    return lease.multipliedBy(SEND_SHARE_PERCENT).dividedBy(100);
  }

  /** Sends the outbox of {@code stored}, which {@code owner} holds the lease of, soon. */
  void deliverSoon(StoredCharter stored, String owner) {
    senders.execute(() -> deliver(stored, owner));
  }

  /** A charter's outbox and the lease owner that may send it. */
  record Held(StoredCharter stored, String owner) {}

  /**
   * Sends the outboxes of charters saved together, together soon: one send of all their events and
   * one transaction taking them off ({@link CharterStore#saveOutboxes}) instead of a send and a
   * write each. Anything that goes otherwise (a lease nearly spent, an event the broker refuses, a
   * charter changed meanwhile) falls back to {@link #deliver} one charter at a time.
   */
  void deliverAllSoon(List<Held> held) {
    if (held.size() == 1) {
      deliverSoon(held.get(0).stored(), held.get(0).owner());
    } else if (!held.isEmpty()) {
      senders.execute(() -> deliverAll(held));
    }
  }

  void deliverAll(List<Held> held) {
    List<Held> ready = new ArrayList<>();
    for (Held h : held) {
      Outbox outbox = h.stored().outbox();
      if (outbox.isEmpty() || !outbox.heldBy(h.owner())) {
        continue;
      }
      if (Duration.between(clock.instant(), outbox.leaseUntil()).compareTo(sendAllowance()) < 0) {
        deliver(h.stored(), h.owner()); // its lease must be taken afresh first
      } else {
        ready.add(h);
      }
    }
    if (ready.isEmpty()) {
      return;
    }
    try {
      publisher.publish(
          ready.stream().flatMap(h -> h.stored().outbox().events().stream()).toList());
    } catch (UnpublishableEventException refused) {
      ready.forEach(h -> deliver(h.stored(), h.owner())); // one at a time finds which
      return;
    } catch (RuntimeException e) {
      log.warn(
          "event=outbox_send_failed charters={} retry=after_lease error={}",
          ready.size(),
          Failures.describe(e));
      return;
    }
    if (clearWindow.isZero()) {
      clearAll(ready);
    } else {
      ready.forEach(this::clearSoon);
    }
  }

  /**
   * Takes each sent outbox off, all in one transaction when there are several; if that is refused
   * (a charter changed meanwhile) each one alone, sending what was queued on it since.
   */
  private void clearAll(List<Held> sent) {
    if (sent.size() > 1) {
      List<StoredCharter> cleared =
          sent.stream().map(h -> h.stored().next(h.stored().charter(), Outbox.EMPTY)).toList();
      if (clearedTogether(cleared)) {
        cleared.forEach(agenda::saved);
        return;
      }
    }
    for (Held h : sent) {
      StoredCharter rest = clear(h.stored(), h.stored().outbox(), h.owner());
      if (rest != null) {
        try {
          deliverSoon(rest, h.owner());
        } catch (RejectedExecutionException stopping) {
          log.info("event=outbox_left_to_poller charterId={}", rest.charter().charterId());
        }
      }
    }
  }

  /** Queues a sent outbox to be taken off with the others of the window. */
  private void clearSoon(Held sent) {
    boolean open;
    boolean full;
    synchronized (unclear) {
      unclear.put(sent.stored().charter().charterId(), sent);
      open = !windowOpen;
      windowOpen = true;
      full = unclear.size() >= CharterStore.TOGETHER;
    }
    try {
      if (open) {
        clearer.schedule(this::windowEnded, clearWindow.toMillis(), TimeUnit.MILLISECONDS);
      }
      if (full) {
        clearer.execute(this::clearQueued);
      }
    } catch (RejectedExecutionException stopping) {
      clearQueued(); // shutting down: clear now rather than leave it to the lease
    }
  }

  private void windowEnded() {
    synchronized (unclear) {
      windowOpen = false; // what is queued from here on opens the next window
    }
    clearQueued();
  }

  /** Windows scheduled and not yet ended (a test's view: never more than one). */
  int windowsScheduled() {
    return clearer.getQueue().size();
  }

  /** Clears what the window gathered, a transaction's worth at a time. */
  void clearQueued() {
    List<Held> taken;
    do {
      taken = new ArrayList<>();
      synchronized (unclear) {
        Iterator<Held> queued = unclear.values().iterator();
        while (queued.hasNext() && taken.size() < CharterStore.TOGETHER) {
          taken.add(queued.next());
          queued.remove();
        }
      }
      clearSafely(taken);
    } while (!taken.isEmpty());
  }

  /**
   * A decision was saved on {@code charterId} while another sender holds its outbox: if that is
   * this instance's clear waiting for its window, clear it now, so the new events go out at once.
   */
  void nudge(String charterId) {
    Held waiting;
    synchronized (unclear) {
      waiting = unclear.remove(charterId);
    }
    if (waiting != null) {
      try {
        clearer.execute(() -> clearSafely(List.of(waiting)));
      } catch (RejectedExecutionException stopping) {
        clearSafely(List.of(waiting));
      }
    }
  }

  private void clearSafely(List<Held> sent) {
    if (sent.isEmpty()) {
      return;
    }
    try {
      clearAll(sent);
    } catch (RuntimeException e) {
      // Sent but still on the outbox: when the lease runs out it is sent again, and consumers drop
      // the duplicates by event id.
      log.warn(
          "event=outbox_clear_failed charters={} retry=after_lease error={}",
          sent.size(),
          Failures.describe(e));
    }
  }

  private boolean clearedTogether(List<StoredCharter> cleared) {
    try {
      return store.saveOutboxes(cleared);
    } catch (RuntimeException failed) {
      log.warn(
          "event=outbox_clear_together_failed charters={} retry=one_by_one error={}",
          cleared.size(),
          Failures.describe(failed));
      return false;
    }
  }

  /** Takes over an outbox nobody is sending (its sender crashed or gave up) and sends it soon. */
  void resumeSoon(StoredCharter stored) {
    if (!stored.outbox().isEmpty() && stored.outbox().leaseFree(clock.instant())) {
      senders.execute(() -> resume(stored));
    }
  }

  /**
   * Lets what is being sent finish and takes what was sent off; anything left is found by the timer
   * poller later.
   */
  @Override
  public void destroy() throws InterruptedException {
    senders.shutdown();
    senders.awaitTermination(10, TimeUnit.SECONDS);
    clearer.shutdown();
    clearer.awaitTermination(10, TimeUnit.SECONDS);
    clearQueued(); // what was waiting for its window
  }

  /**
   * Sends what the outbox holds, a batch at a time. Before each send the lease is taken afresh (a
   * full lease from now, written only if the outbox is still ours): the lease stamped when the
   * decision was saved may have been eaten by the wait for a sender thread, and a send must never
   * still be in flight when another instance may take over, or the charter's events could go out
   * twice and a stale copy arrive after a newer event. The lease outlasts the producer's {@code
   * delivery.timeout.ms} (checked at start-up), so when it runs out every record of the send has
   * either been written or failed for good.
   */
  void deliver(StoredCharter stored, String owner) {
    StoredCharter current = stored;
    while (current != null && !current.outbox().isEmpty()) {
      current = renewLease(current, owner);
      if (current == null) {
        return; // another instance holds the outbox now and sends it
      }
      Outbox sending = current.outbox();
      String charterId = current.charter().charterId();
      try {
        publish(sending);
      } catch (RuntimeException e) {
        log.warn(
            "event=outbox_send_failed charterId={} retry=after_lease error={}",
            charterId,
            Failures.describe(e));
        return;
      }
      if (!clearWindow.isZero()) {
        clearSoon(new Held(current, owner)); // what was queued meanwhile is found by the clear
        return;
      }
      current = clear(current, sending, owner);
    }
  }

  /** Publishes the batch; an event the broker can never take is reported and passed over. */
  private void publish(Outbox sending) {
    try {
      publisher.publish(sending.events());
    } catch (UnpublishableEventException batchRefused) {
      // Find which: one at a time, in order. Those that went out before are sent again with the
      // same event ids, duplicates consumers drop.
      for (DispatchEvent event : sending.events()) {
        try {
          publisher.publish(List.of(event));
        } catch (UnpublishableEventException refused) {
          log.error(
              "event=outbox_event_unpublishable charterId={} eventId={} type={} error={}",
              event.charterId(),
              event.eventId(),
              event.getClass().getSimpleName(),
              Failures.describe(refused));
          unpublishable.report(event, refused.getMessage());
        }
      }
    }
  }

  /**
   * Makes sure a whole send fits in what is left of our lease: a lease with at least {@code
   * SEND_SHARE_PERCENT} of its length left is kept (the usual case, a sender thread picked the
   * outbox up at once, so no write); otherwise a full lease from now is taken, written only if the
   * outbox is still ours. Null when it is not ours any more.
   */
  private StoredCharter renewLease(StoredCharter stored, String owner) {
    StoredCharter current = stored;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (!current.outbox().heldBy(owner) || current.outbox().isEmpty()) {
        return null;
      }
      Duration left = Duration.between(clock.instant(), current.outbox().leaseUntil());
      if (left.compareTo(sendAllowance()) >= 0) {
        return current;
      }
      StoredCharter renewed =
          current.next(current.charter(), current.outbox().leasedTo(owner, leaseUntil()));
      try {
        store.saveOutbox(renewed);
        agenda.saved(renewed);
        return renewed;
      } catch (ConcurrentChangeException changed) {
        current = store.load(current.charter().charterId()).orElseThrow();
      }
    }
    return null; // the poller takes it over when the lease runs out
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
      agenda.saved(claimed);
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
        agenda.saved(cleared); // the lease's wake-up goes, or the next deadline takes its place
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
