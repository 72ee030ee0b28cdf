package io.crewdispatch.dispatch.cascade.kafka;

import io.crewdispatch.dispatch.cascade.application.OutboxRelay;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a send could outlive the outbox lease: the producer may keep retrying a
 * record for {@code delivery.timeout.ms}, and if the lease ran out first another instance would
 * send the same events again while the first copy could still land after them.
 */
@Component
class OutboxLeaseGuard {

  /** Kafka's own default for {@code delivery.timeout.ms}. */
  private static final long KAFKA_DEFAULT_DELIVERY_TIMEOUT_MS = 120_000;

  OutboxLeaseGuard(KafkaProperties kafka, OutboxRelay relay) {
    Object configured =
        kafka.buildProducerProperties().get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
    long deliveryTimeout =
        configured == null
            ? KAFKA_DEFAULT_DELIVERY_TIMEOUT_MS
            : Long.parseLong(configured.toString());
    if (deliveryTimeout >= relay.sendAllowance().toMillis()) {
      throw new IllegalStateException(
          "delivery.timeout.ms "
              + deliveryTimeout
              + " must be below the part of crewdispatch.dispatch.timers.publish-lease a send may"
              + " use ("
              + relay.sendAllowance()
              + ")");
    }
  }
}
