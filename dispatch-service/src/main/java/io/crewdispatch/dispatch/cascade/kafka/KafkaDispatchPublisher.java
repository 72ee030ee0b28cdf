package io.crewdispatch.dispatch.cascade.kafka;

import io.crewdispatch.dispatch.cascade.application.DispatchPublisher;
import io.crewdispatch.dispatch.cascade.application.UnpublishableEventException;
import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import io.crewdispatch.events.topic.Topic;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.AvroRuntimeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a decision's events keyed by charterId, all at once, and waits for every ack. One
 * idempotent producer writing one key to one partition keeps them in order.
 */
@Component
class KafkaDispatchPublisher implements DispatchPublisher {

  private static final long ACK_TIMEOUT_SECONDS = 30;

  private final KafkaTemplate<Object, Object> kafka;

  KafkaDispatchPublisher(KafkaTemplate<Object, Object> kafka) {
    this.kafka = kafka;
  }

  @Override
  public void publish(List<DispatchEvent> events) {
    String topic = Topic.DISPATCH_EVENTS.topicName();
    CompletableFuture<?>[] acks;
    try {
      acks =
          events.stream()
              .map(e -> kafka.send(topic, e.charterId(), AvroDispatchEvents.toAvro(e)))
              .toArray(CompletableFuture[]::new);
    } catch (RuntimeException e) {
      if (neverPublishable(e)) {
        throw new UnpublishableEventException("Dispatch event cannot be serialized: " + e, e);
      }
      throw e;
    }
    try {
      CompletableFuture.allOf(acks).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while publishing dispatch events", e);
    } catch (ExecutionException | TimeoutException e) {
      if (neverPublishable(e)) {
        throw new UnpublishableEventException("The broker refused a dispatch event: " + e, e);
      }
      throw new IllegalStateException("Dispatch events were not acknowledged", e);
    }
  }

  /**
   * Failures that repeat however often the event is sent: it does not serialize (Avro mapping or
   * schema), or it is larger than a record may be. Everything else (timeouts, a broker away)
   * passes.
   */
  private static boolean neverPublishable(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SerializationException
          || cause instanceof RecordTooLargeException
          || cause instanceof AvroRuntimeException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
