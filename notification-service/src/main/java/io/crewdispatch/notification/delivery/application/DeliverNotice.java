package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.delivery.domain.Notice;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Use case: email one notice, exactly once, through the configured transport. When the transport's
 * credentials are refused, the office is alerted (once) and the notice waits to be sent later.
 */
@Service
public class DeliverNotice {

  private final DeliveryPipeline pipeline;
  private final MailTransport transport;
  private final CredentialsAlarm alarm;
  private final MailHealth health;

  DeliverNotice(
      DeliveryPipeline pipeline,
      MailTransport transport,
      CredentialsAlarm alarm,
      MailHealth health) {
    this.pipeline = pipeline;
    this.transport = transport;
    this.alarm = alarm;
    this.health = health;
  }

  /**
   * Emails a backlog's notices of distinct events together where it can; answers which went (the
   * others are each for {@link #deliver}: they may have been attempted before, or met a failure,
   * which each then meets on its own).
   */
  public List<Notice> deliverTogether(List<Notice> notices) {
    List<Notice> sent = pipeline.runTogether(notices, transport);
    if (!sent.isEmpty()) {
      alarm.clear();
      health.working();
    }
    return sent;
  }

  /**
   * Sends the notice's message unless it was sent before.
   *
   * @throws DeliveryDeferredException when it must be tried again later
   * @throws UndeliverableNoticeException when it can never be sent
   */
  public void deliver(Notice notice) {
    try {
      if (pipeline.run(notice, transport) == DeliveryPipeline.Result.SENT) {
        alarm.clear();
        health.working();
      }
    } catch (DeliveryDeferredException e) {
      if (e.credentialsRefused()) {
        health.refused(e.getMessage());
        alarm.raise(notice, e.getMessage());
      } else if (e.getCause() != null) {
        health.failing(e.getMessage()); // the transport failed (not another sender's lease)
      }
      throw e;
    }
  }
}
