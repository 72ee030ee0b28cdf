package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.domain.Notice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one notice at most once: claim it in notification-log, send, record the message id, keep a
 * copy, announce. Each failure leaves the log saying why, so the next delivery knows what to do.
 */
@Component
class DeliveryPipeline {

  private static final Logger log = LoggerFactory.getLogger(DeliveryPipeline.class);

  /** What happened to a notice that did not fail. */
  enum Result {
    SENT,
    ALREADY_SENT
  }

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
    Instant now = clock.instant();
    DeliveryLog.Claim claim = deliveryLog.claim(attempt(notice, email), now, now.plus(lease));
    if (claim instanceof DeliveryLog.AlreadySent sent) {
      log.info(
          "event=notification_duplicate kind={} eventId={} key={}",
          notice.kind(),
          notice.eventId(),
          notice.key());
      if (!sent.announced()) {
        announce(notice, email, sent.messageId());
      }
      return Result.ALREADY_SENT;
    }
    if (claim instanceof DeliveryLog.Busy busy) {
      throw new DeliveryDeferredException(
          "Another sender holds eventId=" + notice.eventId() + " until " + busy.leaseUntil(),
          false,
          null);
    }
    send(notice, email, (DeliveryLog.Granted) claim, transport);
    return Result.SENT;
  }

  private void send(
      Notice notice, Email email, DeliveryLog.Granted claim, MailTransport transport) {
    String id = notice.deliveryId();
    SentMail sent;
    try {
      throttle.acquire();
      sent = transport.send(email);
    } catch (PermanentDeliveryException e) {
      deliveryLog.notSent(id, claim.token(), DeliveryStatus.FAILED, e.detail(), clock.instant());
      if (claim.previous() != DeliveryStatus.FAILED) {
        events.failed(notice, email, DeliveryStatus.FAILED, e.detail());
      }
      throw new UndeliverableNoticeException(
          "Undeliverable kind=" + notice.kind() + " eventId=" + notice.eventId() + ": " + e, e);
    } catch (CredentialsRefusedException e) {
      deliveryLog.notSent(id, claim.token(), DeliveryStatus.HELD, e.getMessage(), clock.instant());
      if (claim.previous() != DeliveryStatus.HELD) {
        events.failed(
            notice,
            email,
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
    Instant sentAt = clock.instant();
    deliveryLog.sent(id, claim.token(), sent.messageId(), sentAt);
    archive.keep(notice.kind(), notice.eventId(), sentAt, sent.mime());
    announce(notice, email, sent.messageId());
  }

  private void announce(Notice notice, Email email, String messageId) {
    events.sent(notice, email, messageId);
    deliveryLog.announced(notice.deliveryId());
    log.info(
        "event=notification_sent kind={} eventId={} key={} recipients={}",
        notice.kind(),
        notice.eventId(),
        notice.key(),
        email.recipients().size());
  }

  private static DeliveryLog.Attempt attempt(Notice notice, Email email) {
    return new DeliveryLog.Attempt(
        notice.deliveryId(),
        notice.eventId(),
        notice.kind().name(),
        notice.key(),
        email.recipients());
  }
}
