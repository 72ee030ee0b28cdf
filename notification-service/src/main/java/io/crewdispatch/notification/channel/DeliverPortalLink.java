package io.crewdispatch.notification.channel;

import io.crewdispatch.notification.delivery.application.DeliverNotice;
import io.crewdispatch.notification.delivery.application.DeliverSms;
import io.crewdispatch.notification.delivery.application.SmsTexts;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.delivery.domain.PortalLinkNotice;
import org.springframework.stereotype.Service;

/**
 * Use case: a member's portal link goes out on their channel, like a call: EMAIL the email, SMS the
 * text, BOTH both. A member reached by text only gets the email instead when they have no phone or
 * their number cannot take a text: a link nobody receives is worse than one on the other channel.
 * Each channel is sent once per issued link (notification-log).
 */
@Service
public class DeliverPortalLink {

  private final DeliverNotice email;
  private final DeliverSms sms;
  private final SmsTexts texts;

  DeliverPortalLink(DeliverNotice email, DeliverSms sms, SmsTexts texts) {
    this.email = email;
    this.sms = sms;
    this.texts = texts;
  }

  public void deliver(PortalLinkNotice link) {
    Person member = link.member();
    boolean byText = member.reach().bySms() && member.hasPhone();
    boolean texted = byText && sms.deliver(link, member.phone(), texts.portalLink(link));
    if (member.reach().byEmail() || !texted) {
      email.deliver(link);
    }
  }
}
