package io.crewdispatch.dispatch.cascade.kafka;

import io.crewdispatch.dispatch.cascade.application.DispatchPublisher;
import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import io.crewdispatch.events.topic.Topic;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    CompletableFuture<?>[] acks =
        events.stream()
            .map(e -> kafka.send(topic, e.charterId(), AvroDispatchEvents.toAvro(e)))
            .toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(acks).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while publishing dispatch events", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Dispatch events were not acknowledged", e);
    }
  }
}
