package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.Channel;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.domain.Notice;
import io.crewdispatch.platform.logging.Failures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one notice at most once: claim it in notification-log, send, record the message id, keep a
 * copy, then announce it (NotificationSent, acked by the broker). Each failure leaves the log
 * saying why, so the next delivery knows what to do; a redelivery of a notice recorded sent
 * announces it again, the same event (id and time), which consumers drop when they have it.
 */
@Component
class DeliveryPipeline {

  private static final Logger log = LoggerFactory.getLogger(DeliveryPipeline.class);

  /** What happened to a notice that did not fail. */
  enum Result {
    SENT,
    ALREADY_SENT
  }

  private static final long RECORD_FIRST_WAIT_MILLIS = 100;
  private static final long RECORD_MAX_WAIT_MILLIS = 5_000;

  private final MessageComposer composer;
  private final DeliveryLog deliveryLog;
  private final DeliveryEvents events;
  private final MailArchive archive;
  private final SendThrottle throttle;
  private final Clock clock;
  private final Duration lease;

  DeliveryPipeline(
      MessageComposer composer,
      DeliveryLog deliveryLog,
      DeliveryEvents events,
      MailArchive archive,
      SendThrottle throttle,
      Clock clock,
      NotificationProperties properties) {
    this.composer = composer;
    this.deliveryLog = deliveryLog;
    this.events = events;
    this.archive = archive;
    this.throttle = throttle;
    this.clock = clock;
    this.lease = properties.claimLease();
  }

  Result run(Notice notice, MailTransport transport) {
    Email email = composer.compose(notice);
    // Waiting for the send rate happens before the claim, so the wait never eats into the lease.
    throttle.acquire();
    return run(
        new Parcel(notice, Channel.EMAIL, email.recipients()),
        () -> transport.send(email),
        (sentAt, sent) -> archive.keep(notice.kind(), notice.eventId(), sentAt, sent.mime()));
  }

  /** Sends one parcel at most once, whatever carries it; {@code keep} stores a sent copy. */
  Result run(Parcel parcel, Send send, BiConsumer<Instant, SentMail> keep) {
    Notice notice = parcel.notice();
    Instant now = clock.instant();
    DeliveryLog.Claim claim = deliveryLog.claim(attempt(parcel), now, now.plus(lease));
    if (claim instanceof DeliveryLog.AlreadySent sent) {
      log.info(
          "event=notification_duplicate kind={} channel={} eventId={} key={}",
          notice.kind(),
          parcel.channel(),
          notice.eventId(),
          notice.key());
      // The first announcement may have failed (the reason for this redelivery): announce again
      // rather than remember in a third write that it went. Consumers drop the duplicate.
      announce(parcel, sent.messageId(), sent.sentAt());
      return Result.ALREADY_SENT;
    }
    if (claim instanceof DeliveryLog.Busy busy) {
      throw new DeliveryDeferredException(
          "Another sender holds " + parcel.deliveryId() + " until " + busy.leaseUntil(),
          false,
          null);
    }
    try (LeaseHeartbeat working =
        LeaseHeartbeat.start(
            deliveryLog,
            parcel.deliveryId(),
            ((DeliveryLog.Granted) claim).token(),
            clock,
            lease)) {
      sendClaimed(parcel, (DeliveryLog.Granted) claim, send, keep);
    }
    return Result.SENT;
  }

  /** What hands a parcel to its carrier (a mail transport, an SMS gateway). */
  @FunctionalInterface
  interface Send {
    SentMail send();
  }

  private void sendClaimed(
      Parcel parcel, DeliveryLog.Granted claim, Send send, BiConsumer<Instant, SentMail> keep) {
    Notice notice = parcel.notice();
    String id = parcel.deliveryId();
    SentMail sent;
    try {
      sent = send.send();
    } catch (PermanentDeliveryException e) {
      deliveryLog.notSent(id, claim.token(), DeliveryStatus.FAILED, e.detail(), clock.instant());
      if (claim.previous() != DeliveryStatus.FAILED) {
        events.failed(parcel, DeliveryStatus.FAILED, e.detail());
      }
      throw new UndeliverableNoticeException(
          "Undeliverable kind="
              + notice.kind()
              + " channel="
              + parcel.channel()
              + " eventId="
              + notice.eventId()
              + ": "
              + e,
          e);
    } catch (CredentialsRefusedException e) {
      deliveryLog.notSent(id, claim.token(), DeliveryStatus.HELD, e.getMessage(), clock.instant());
      if (claim.previous() != DeliveryStatus.HELD) {
        events.failed(
            parcel,
            DeliveryStatus.HELD,
            "Held, to be sent once mail is authorized again: " + e.getMessage());
      }
      throw new DeliveryDeferredException(e.getMessage(), true, e);
    } catch (TransientDeliveryException e) {
      deliveryLog.notSent(
          id, claim.token(), DeliveryStatus.RETRYING, e.getMessage(), clock.instant());
      throw new DeliveryDeferredException(e.getMessage(), false, e);
    } catch (RuntimeException e) {
      // Unexpected: free the claim at once rather than make the retry wait out the lease.
      deliveryLog.notSent(
          id, claim.token(), DeliveryStatus.RETRYING, e.toString(), clock.instant());
      throw e;
    }
    // The crash window: from the carrier's accept to the write below, the item still says SENDING.
    // A crash in it leaves the claim to run out; the redelivery then sends again (an email with
    // the same Message-ID). Recording before announcing keeps the window to this one write (p99
    // a few tens of milliseconds), with no broker ack inside it; announcing is then a step of
    // its own, which a redelivery of a notice recorded sent repeats without sending.
    Instant sentAt = clock.instant();
    try {
      recordSent(id, claim.token(), sent.messageId(), sentAt);
    } finally {
      keep.accept(sentAt, sent);
    }
    announce(parcel, sent.messageId(), sentAt);
  }

  /**
   * Records the send, retrying here rather than by redelivering the event: a redelivery would find
   * the item SENDING and, once the lease ran out, send again. Retries go on for one lease (the
   * heartbeat keeps the claim meanwhile), which also keeps the listener inside {@code
   * max.poll.interval.ms}; only DynamoDB unreachable for longer than that reopens the window.
   */
  private void recordSent(String id, String token, String messageId, Instant sentAt) {
    Instant giveUpAt = clock.instant().plus(lease);
    long wait = RECORD_FIRST_WAIT_MILLIS;
    while (true) {
      try {
        deliveryLog.sent(id, token, messageId, sentAt);
        return;
      } catch (RuntimeException e) {
        if (!clock.instant().plus(Duration.ofMillis(wait)).isBefore(giveUpAt)) {
          throw e;
        }
        log.warn(
            "event=notification_record_retry deliveryId={} error={}", id, Failures.describe(e));
        sleep(wait);
        wait = Math.min(wait * 2, RECORD_MAX_WAIT_MILLIS);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while recording a sent notice", e);
    }
  }

  /** Publishes NotificationSent for a parcel recorded sent at {@code sentAt}. */
  private void announce(Parcel parcel, String messageId, Instant sentAt) {
    events.sent(parcel, messageId, sentAt);
    logSent(parcel);
  }

  private static void logSent(Parcel parcel) {
    log.info(
        "event=notification_sent kind={} channel={} eventId={} key={} recipients={}",
        parcel.notice().kind(),
        parcel.channel(),
        parcel.notice().eventId(),
        parcel.notice().key(),
        parcel.recipients().size());
  }

  private static DeliveryLog.Attempt attempt(Parcel parcel) {
    return new DeliveryLog.Attempt(
        parcel.deliveryId(),
        parcel.notice().eventId(),
        parcel.notice().kind().name(),
        parcel.notice().key(),
        parcel.recipients());
  }
}
