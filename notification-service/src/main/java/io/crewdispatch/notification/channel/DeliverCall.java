package io.crewdispatch.notification.channel;

import io.crewdispatch.notification.delivery.application.DeliverNotice;
import io.crewdispatch.notification.delivery.application.DeliverSms;
import io.crewdispatch.notification.delivery.application.SmsTexts;
import io.crewdispatch.notification.delivery.domain.CallNotice;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.schedule.application.FollowUps;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Use case: a call goes out on the member's channel. EMAIL: the email, and a text at half the
 * window if still unanswered and there is a phone; SMS: the text (the email when there is no phone,
 * rather than nothing); BOTH: both at once. Each channel is sent once per event.
 */
@Service
public class DeliverCall {

  private final DeliverNotice email;
  private final DeliverSms sms;
  private final SmsTexts texts;
  private final FollowUps followUps;

  DeliverCall(DeliverNotice email, DeliverSms sms, SmsTexts texts, FollowUps followUps) {
    this.email = email;
    this.sms = sms;
    this.texts = texts;
    this.followUps = followUps;
  }

  public void deliver(CallNotice call, Instant issuedAt) {
    Person callee = call.recipient();
    boolean byText = callee.reach().bySms() && callee.hasPhone();
    if (callee.reach().byEmail() || !byText) {
      email.deliver(call);
    }
    if (byText) {
      sms.deliver(call, callee.phone(), texts.call(call, false));
    } else {
      followUps.schedule(call, issuedAt);
    }
  }
}
