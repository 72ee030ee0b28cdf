package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.delivery.domain.Notice;
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

  DeliverNotice(DeliveryPipeline pipeline, MailTransport transport, CredentialsAlarm alarm) {
    this.pipeline = pipeline;
    this.transport = transport;
    this.alarm = alarm;
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
      }
    } catch (DeliveryDeferredException e) {
      if (e.credentialsRefused()) {
        alarm.raise(notice, e.getMessage());
      }
      throw e;
    }
  }
}
