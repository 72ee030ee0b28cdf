package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.delivery.domain.Channel;
import io.crewdispatch.notification.delivery.domain.Notice;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Use case: text one notice to one person, exactly once per event (notification-log keys it {@code
 * <eventId>#SMS}), through the configured SMS gateway. A number that cannot be normalized to E.164,
 * or one the gateway refuses for good (invalid, opted out), is reported with NotificationFailed and
 * not retried; it does not dead-letter the event, whose email may well have gone.
 */
@Service
public class DeliverSms {

  private static final Logger log = LoggerFactory.getLogger(DeliverSms.class);

  private final DeliveryPipeline pipeline;
  private final SmsSender sender;
  private final PhoneNumbers numbers;

  DeliverSms(DeliveryPipeline pipeline, SmsSender sender, PhoneNumbers numbers) {
    this.pipeline = pipeline;
    this.sender = sender;
    this.numbers = numbers;
  }

  /**
   * Sends {@code text} to {@code phone} unless this notice went by SMS before.
   *
   * @return false when it can never go (already reported)
   * @throws DeliveryDeferredException when it must be tried again later
   */
  public boolean deliver(Notice notice, String phone, String text) {
    String to;
    try {
      to = numbers.e164(phone);
    } catch (PermanentDeliveryException invalid) {
      return report(new Parcel(notice, Channel.SMS, List.of(String.valueOf(phone))), invalid);
    }
    Parcel parcel = new Parcel(notice, Channel.SMS, List.of(to));
    try {
      pipeline.run(
          parcel,
          () -> sender.send(new TextMessage(to, text, parcel.deliveryId())),
          (sentAt, sent) -> {});
      return true;
    } catch (UndeliverableNoticeException refused) {
      log.warn(
          "event=sms_refused kind={} eventId={} error={}",
          notice.kind(),
          notice.eventId(),
          refused.getCause().getMessage());
      return false;
    }
  }

  /** Goes through the pipeline too, so the failure is logged and announced once. */
  private boolean report(Parcel parcel, PermanentDeliveryException invalid) {
    try {
      pipeline.run(
          parcel,
          () -> {
            throw invalid;
          },
          (sentAt, sent) -> {});
    } catch (UndeliverableNoticeException expected) {
      log.warn(
          "event=sms_not_sent kind={} eventId={} reason={}",
          parcel.notice().kind(),
          parcel.notice().eventId(),
          invalid.getMessage());
    }
    return false;
  }
}
