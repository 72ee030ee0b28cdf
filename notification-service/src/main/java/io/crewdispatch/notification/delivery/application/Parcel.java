package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.delivery.domain.Channel;
import io.crewdispatch.notification.delivery.domain.Notice;
import java.util.List;

/**
 * One notice on one channel, to its recipients (addresses or E.164 numbers). Its delivery id keys
 * notification-log: an email keeps the notice's own id (the key emails had before SMS existed, so
 * an upgrade resends nothing), an SMS adds {@code #SMS}: one message per event and channel.
 */
public record Parcel(Notice notice, Channel channel, List<String> recipients) {

  public Parcel {
    recipients = List.copyOf(recipients);
  }

  public String deliveryId() {
    return channel == Channel.EMAIL ? notice.deliveryId() : notice.deliveryId() + "#" + channel;
  }
}
