package io.crewdispatch.notification.digest.application;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.DeliverNotice;
import io.crewdispatch.notification.delivery.domain.DeadLetterDigestNotice;
import io.crewdispatch.notification.delivery.domain.DeadLetterDigestNotice.DeadLetterLine;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Use case: tell the office of every dead-lettered record, in at most one email per {@code gap}.
 * Lines wait in the store; a due batch is frozen, sent exactly once (its number is its delivery id
 * in notification-log), then taken off.
 */
@Service
public class DeadLetterDigest {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterDigest.class);

  private final DigestStore store;
  private final DeliverNotice deliverNotice;
  private final Clock clock;
  private final Duration gap;

  DeadLetterDigest(
      DigestStore store,
      DeliverNotice deliverNotice,
      Clock clock,
      NotificationProperties properties) {
    this.store = store;
    this.deliverNotice = deliverNotice;
    this.clock = clock;
    this.gap = properties.digest().gap();
  }

  public void add(DeadLetterLine line) {
    store.add(line);
  }

  /** Sends the digest if one is due; a failure leaves the batch frozen for the next look. */
  public void sendIfDue() {
    store
        .due(clock.instant(), gap)
        .ifPresent(
            batch -> {
              deliverNotice.deliver(new DeadLetterDigestNotice(batch.sequence(), batch.lines()));
              store.sent(batch, clock.instant());
              log.info(
                  "event=dead_letter_digest_sent sequence={} lines={}",
                  batch.sequence(),
                  batch.lines().size());
            });
  }
}
