package io.crewdispatch.platform.ops;

import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.events.topic.Topic;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Publishes what the office must know about the system itself on {@code ops-events}, keyed by the
 * service's name, and waits for the broker's ack so a caller knows it was said.
 */
public class OpsEvents {

  private static final long ACK_TIMEOUT_SECONDS = 30;

  private final KafkaOperations<Object, Object> kafka;
  private final String service;

  public OpsEvents(KafkaOperations<Object, Object> kafka, String service) {
    this.kafka = kafka;
    this.service = service;
  }

  /** The name every event of this service carries as its {@code service}. */
  public String service() {
    return service;
  }

  public void deadLettered(EventDeadLettered event) {
    send(event);
  }

  public void integrationStateChanged(IntegrationStateChanged event) {
    send(event);
  }

  private void send(SpecificRecord event) {
    try {
      kafka
          .send(Topic.OPS_EVENTS.topicName(), service, event)
          .get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while publishing to ops-events", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("ops-events did not acknowledge " + event.getClass(), e);
    }
  }
}
