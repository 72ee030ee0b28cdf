package io.crewdispatch.notification;

import static io.crewdispatch.notification.NotificationDeliveryIT.WAIT;

import io.crewdispatch.events.Channel;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.KafkaProbe;

/** What the ITs wait for on notification-events: a notice announced sent on one channel. */
final class Announcements {

  private Announcements() {}

  static NotificationSent sent(KafkaProbe probe, String sourceEventId, Channel channel) {
    return probe.await(
        Topic.NOTIFICATION_EVENTS,
        NotificationSent.class,
        e -> e.getSourceEventId().equals(sourceEventId) && e.getChannel() == channel,
        WAIT);
  }
}
