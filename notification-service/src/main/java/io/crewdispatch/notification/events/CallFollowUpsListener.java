package io.crewdispatch.notification.events;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.notification.channel.DeliverCall;
import io.crewdispatch.platform.kafka.BatchRecords;
import io.crewdispatch.platform.kafka.OneConsumer;
import io.crewdispatch.platform.kafka.SideConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads auth-links in a consumer group of its own to schedule the calls' follow-up texts, which
 * fall due at half a call's window: nobody waits on them by the second, so they are taken in
 * batches ({@link SideConsumer}) and a fetch's follow-ups are written in one transaction instead of
 * one write each on the path of every call. Order does not matter here (each write is conditional
 * on the event's time and on the call not being answered), so a fetch that fails is fetched again
 * whole.
 */
@Component
class CallFollowUpsListener {

  private final DeliverCall deliverCall;
  private final MeterRegistry meters;

  CallFollowUpsListener(DeliverCall deliverCall, MeterRegistry meters) {
    this.deliverCall = deliverCall;
    this.meters = meters;
  }

  @KafkaListener(
      topics = "auth-links",
      id = "notification-call-follow-ups",
      batch = "true",
      concurrency = OneConsumer.FOR_ALL_PARTITIONS,
      properties = {SideConsumer.FETCH_MIN_BYTES, SideConsumer.FETCH_MAX_WAIT})
  void on(List<ConsumerRecord<String, Object>> records) {
    BatchRecords.consume(
        meters, records, CallFollowUpsListener::call, deliverCall::scheduleFollowUps);
  }

  /** A call's links; portal links and event types this service has no use for: nothing. */
  private static Optional<DeliverCall.Issued> call(Object event) {
    if (event instanceof AcceptLinkIssued issued) {
      return Optional.of(new DeliverCall.Issued(NoticeMapper.call(issued), issued.getOccurredAt()));
    }
    return Optional.empty();
  }
}
