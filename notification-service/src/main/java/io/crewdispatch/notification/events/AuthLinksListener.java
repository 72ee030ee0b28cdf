package io.crewdispatch.notification.events;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.PortalLinkIssued;
import io.crewdispatch.notification.channel.DeliverCall;
import io.crewdispatch.notification.channel.DeliverPortalLink;
import io.crewdispatch.notification.delivery.domain.PortalLinkNotice;
import io.crewdispatch.platform.kafka.BatchRecords;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes auth-links: each AcceptLinkIssued becomes the call, on the member's channel (the email
 * CC's the office); each PortalLinkIssued becomes the member's portal link, on their channel (to
 * them alone). Idempotent on eventId and channel through notification-log. The calls' follow-up
 * texts are scheduled by {@link CallFollowUpsListener}, a batched reader of the same records.
 *
 * <p>A fetch at a time, fetched at every record: at 10 bookings a second a fetch holds one call,
 * sent as it comes. Under a backlog (auth issues a fetch's calls together) a fetch holds hundreds:
 * the email calls of events appearing once in it are sent together ({@link
 * DeliverCall#deliverTogether}); the rest, and any not done together, one by one in the fetch's
 * order. A record that fails there is named to the error handler, which commits those before it and
 * retries or dead-letters it; poison (undecodable, invalid) is named after those before it.
 */
@Component
class AuthLinksListener {

  private final DeliverCall deliverCall;
  private final DeliverPortalLink deliverPortalLink;
  private final MeterRegistry meters;

  AuthLinksListener(
      DeliverCall deliverCall, DeliverPortalLink deliverPortalLink, MeterRegistry meters) {
    this.deliverCall = deliverCall;
    this.deliverPortalLink = deliverPortalLink;
    this.meters = meters;
  }

  /** What an auth-links record asks: a call to send, or something else to do. */
  private record Command(DeliverCall.Issued call, Runnable other) {}

  @KafkaListener(topics = "auth-links", id = "notification-auth-links", batch = "true")
  void on(List<ConsumerRecord<String, Object>> records) {
    BatchRecords.consumeInOrder(meters, records, this::command, this::sendTogether, this::handle);
  }

  private Command command(Object event) {
    if (event instanceof AcceptLinkIssued issued) {
      return new Command(
          new DeliverCall.Issued(NoticeMapper.call(issued), issued.getOccurredAt()), null);
    }
    if (event instanceof PortalLinkIssued issued) {
      PortalLinkNotice notice = NoticeMapper.portalLink(issued);
      return new Command(null, () -> deliverPortalLink.deliver(notice));
    }
    // Event types this service has no use for (including a newer producer's): ignored.
    return new Command(null, () -> {});
  }

  private void handle(Command command) {
    if (command.call() != null) {
      deliverCall.deliver(command.call().call());
    } else {
      command.other().run();
    }
  }

  /**
   * Sends together the calls whose event appears once in the fetch (a redelivered duplicate beside
   * its original goes one by one); answers which commands it did.
   */
  private Predicate<Command> sendTogether(List<Command> commands) {
    Map<String, Long> perEvent =
        commands.stream()
            .filter(c -> c.call() != null)
            .collect(Collectors.groupingBy(AuthLinksListener::eventId, Collectors.counting()));
    List<DeliverCall.Issued> together =
        commands.stream()
            .filter(c -> c.call() != null && perEvent.get(eventId(c)) == 1)
            .map(Command::call)
            .toList();
    Set<String> sent = together.size() < 2 ? Set.of() : deliverCall.deliverTogether(together);
    return c -> c.call() != null && sent.contains(eventId(c));
  }

  private static String eventId(Command command) {
    return command.call().call().eventId();
  }
}
