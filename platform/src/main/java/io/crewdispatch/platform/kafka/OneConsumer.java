package io.crewdispatch.platform.kafka;

/**
 * {@code @KafkaListener(..., concurrency = OneConsumer.FOR_ALL_PARTITIONS)} for a listener whose
 * records come seldom (a roster change, an ops report, a month's statement) or in batches nobody
 * waits on ({@link SideConsumer}): one consumer takes all of the topic's partitions instead of the
 * service's three. Each consumer is a group member with its own consumer, heartbeat, metrics and
 * monitor threads, and each asks the broker again every fetch wait; three of them on a quiet topic
 * cost the service and the broker CPU while nothing happens, and a batch spread over three
 * consumers is three fetches and three offset commits instead of one. Order per key is unchanged: a
 * partition still has one consumer. Listeners on the path a person waits on keep three, because
 * their records wait on DynamoDB one at a time per consumer.
 */
public final class OneConsumer {

  /** The listener's consumer count. */
  public static final String FOR_ALL_PARTITIONS = "1";

  private OneConsumer() {}
}
