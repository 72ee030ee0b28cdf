package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.Channel;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.domain.Notice;
import io.crewdispatch.platform.logging.Failures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /**
   * Emails claimed and recorded together under a backlog: a quarter of a transaction's limit, which
   * keeps the crash window (the chunk's sends) to a fraction of a second.
   */
  static final int TOGETHER = 25;

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

  /**
   * Emails under a backlog, {@link #TOGETHER} at a time: claimed in one write, sent one after the
   * other on one connection, recorded sent in one write and announced in one publication. Answers
   * which were sent and announced; the rest are for {@link #run(Notice, MailTransport)}, each on
   * its own: those a refused claim left alone (one was attempted before, or another sender is at
   * it), those after a send that failed (their claims given up at once), and any whose announcement
   * failed (recorded sent: sent again, it is only announced). The crash window grows from one write
   * to a chunk's sends and its write: a crash there sends those again, each with its Message-ID.
   */
  List<Notice> runTogether(List<Notice> notices, MailTransport transport) {
    List<Notice> done = new ArrayList<>();
    for (int from = 0; from < notices.size(); from += TOGETHER) {
      List<Notice> chunk = notices.subList(from, Math.min(notices.size(), from + TOGETHER));
      int sent;
      try {
        sent = runChunk(chunk, transport);
      } catch (RuntimeException e) {
        // Each meets the failure again on its own, and is retried alone if it lasts.
        log.warn(
            "event=notification_together_failed notices={} retry=one_by_one error={}",
            chunk.size(),
            Failures.describe(e));
        break;
      }
      done.addAll(chunk.subList(0, sent));
      if (sent < chunk.size()) {
        break; // what stopped this chunk would most likely stop the next one too
      }
    }
    return done;
  }

  /** How many of the chunk's notices, from the first, were sent and announced. */
  private int runChunk(List<Notice> notices, MailTransport transport) {
    List<Email> emails = new ArrayList<>();
    List<Parcel> parcels = new ArrayList<>();
    for (Notice notice : notices) {
      Email email = composer.compose(notice);
      emails.add(email);
      parcels.add(new Parcel(notice, Channel.EMAIL, email.recipients()));
      throttle.acquire();
    }
    Instant now = clock.instant();
    Optional<List<String>> claimed =
        deliveryLog.claimAllNew(
            parcels.stream().map(DeliveryPipeline::attempt).toList(), now, now.plus(lease));
    if (claimed.isEmpty()) {
      return 0;
    }
    List<String> tokens = claimed.get();
    List<DeliveryLog.Sent> records = new ArrayList<>();
    List<LeaseHeartbeat> working = new ArrayList<>();
    try {
      for (int i = 0; i < parcels.size(); i++) {
        working.add(
            LeaseHeartbeat.start(
                deliveryLog, parcels.get(i).deliveryId(), tokens.get(i), clock, lease));
      }
      List<Accepted> mails = sendUntilOneFails(emails, transport);
      for (int i = 0; i < mails.size(); i++) {
        records.add(
            new DeliveryLog.Sent(
                parcels.get(i).deliveryId(),
                tokens.get(i),
                mails.get(i).mail().messageId(),
                mails.get(i).at()));
      }
      try {
        recordAllSent(records);
      } finally {
        for (int i = 0; i < mails.size(); i++) {
          Notice notice = notices.get(i);
          archive.keep(
              notice.kind(), notice.eventId(), mails.get(i).at(), mails.get(i).mail().mime());
        }
      }
      giveUp(parcels, tokens, mails.size());
    } finally {
      working.forEach(LeaseHeartbeat::close);
    }
    List<DeliveryEvents.Announcement> announced = new ArrayList<>();
    for (DeliveryLog.Sent record : records) {
      Parcel parcel = parcels.get(announced.size());
      announced.add(new DeliveryEvents.Announcement(parcel, record.messageId(), record.sentAt()));
    }
    events.sentAll(announced);
    announced.forEach(a -> logSent(a.parcel()));
    return records.size();
  }

  /** A message the carrier accepted, and when. */
  private record Accepted(SentMail mail, Instant at) {}

  /** Sends in order on this thread's connection; stops at the first that fails. */
  private List<Accepted> sendUntilOneFails(List<Email> emails, MailTransport transport) {
    List<Accepted> sent = new ArrayList<>();
    for (Email email : emails) {
      try {
        SentMail mail = transport.send(email);
        sent.add(new Accepted(mail, clock.instant()));
      } catch (RuntimeException e) {
        log.warn(
            "event=notification_together_stopped sent={} of={} error={}",
            sent.size(),
            emails.size(),
            Failures.describe(e));
        break;
      }
    }
    return sent;
  }

  /**
   * The claims of what was not sent are let go at once, so each goes alone without waiting out the
   * lease (should this write fail, it waits).
   */
  private void giveUp(List<Parcel> parcels, List<String> tokens, int sent) {
    try {
      for (int i = sent; i < parcels.size(); i++) {
        deliveryLog.notSent(
            parcels.get(i).deliveryId(),
            tokens.get(i),
            DeliveryStatus.RETRYING,
            "not sent with others; sent alone next",
            clock.instant());
      }
    } catch (RuntimeException e) {
      log.warn("event=notification_release_failed error={}", Failures.describe(e));
    }
  }

  /** In one write, else each on its own as {@link #recordSent} does. */
  private void recordAllSent(List<DeliveryLog.Sent> records) {
    if (records.isEmpty()) {
      return;
    }
    try {
      if (deliveryLog.sentAll(records)) {
        return;
      }
    } catch (RuntimeException e) {
      log.warn("event=notification_record_together_failed error={}", Failures.describe(e));
    }
    records.forEach(r -> recordSent(r.deliveryId(), r.claimToken(), r.messageId(), r.sentAt()));
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
