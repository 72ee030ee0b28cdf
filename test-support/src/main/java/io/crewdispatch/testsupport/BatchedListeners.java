package io.crewdispatch.testsupport;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/** Which listeners fetch in batches, read from what their containers pass to the consumer. */
public final class BatchedListeners {

  private BatchedListeners() {}

  /** Listener id → "min bytes B, max wait ms" for each listener that overrides the fetch. */
  public static Map<String, String> of(KafkaListenerEndpointRegistry registry) {
    Map<String, String> out = new TreeMap<>();
    for (String id : registry.getListenerContainerIds()) {
      Properties own =
          registry.getListenerContainer(id).getContainerProperties().getKafkaConsumerProperties();
      if (own.getProperty("fetch.min.bytes") != null) {
        out.put(
            id,
            own.getProperty("fetch.min.bytes")
                + " B, "
                + own.getProperty("fetch.max.wait.ms")
                + " ms");
      }
    }
    return out;
  }
}
