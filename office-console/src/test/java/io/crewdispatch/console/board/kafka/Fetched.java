package io.crewdispatch.console.board.kafka;

import io.crewdispatch.events.topic.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A fetched batch of events handed straight to a batch listener, each on its own topic. */
final class Fetched {

  private static final AtomicLong offsets = new AtomicLong();

  private Fetched() {}

  /** The records the container would hand over for {@code events}, in their order. */
  static List<ConsumerRecord<String, Object>> records(List<? extends SpecificRecord> events) {
    List<ConsumerRecord<String, Object>> records = new ArrayList<>();
    for (SpecificRecord event : events) {
      Topic topic =
          Arrays.stream(Topic.values())
              .filter(t -> t.carries(event.getClass()))
              .findFirst()
              .orElseThrow();
      records.add(
          new ConsumerRecord<>(topic.topicName(), 0, offsets.getAndIncrement(), null, event));
    }
    return records;
  }
}
