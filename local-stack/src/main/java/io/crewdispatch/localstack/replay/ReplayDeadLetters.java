package io.crewdispatch.localstack.replay;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code ./replay-dlt <topic>-dlt [--partition P --offset N] [--from-start]}: once the cause of a
 * dead letter is fixed, puts the records of a dead-letter topic back on the topic they came from,
 * on their original partition, with their key, value and headers (less the dead-letter ones), so
 * the consumer handles them as if they had just arrived. Consumers are idempotent on eventId, so a
 * record replayed twice does no harm, but the command still copies each once: records the error
 * handler dead-lettered twice (same original partition and offset) go back once, and a full replay
 * remembers how far it got (consumer group {@code crewdispatch-replay}), so running it again copies
 * only what was dead-lettered since. {@code --partition}/{@code --offset} (the original record's,
 * as the digest and the timeline name them) replays that one record; {@code --from-start} ignores
 * what earlier runs copied.
 */
public final class ReplayDeadLetters {

  static final String GROUP = "crewdispatch-replay";
  private static final String DLT_SUFFIX = "-dlt";
  private static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
  private static final String ORIGINAL_PARTITION = "kafka_dlt-original-partition";
  private static final String ORIGINAL_OFFSET = "kafka_dlt-original-offset";

  private ReplayDeadLetters() {}

  /** What a run did. */
  public record Result(int replayed, int duplicates, int skipped) {}

  public static void main(String[] args) {
    if (args.length == 0 || !args[0].endsWith(DLT_SUFFIX)) {
      System.err.println(
          "usage: ./replay-dlt <topic>-dlt [--partition P --offset N] [--from-start]\n"
              + "  KAFKA_BOOTSTRAP_SERVERS (default localhost:9092) says where the broker is");
      System.exit(2);
    }
    String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
    Result result = run(bootstrap, List.of(args));
    System.out.printf(
        "replay-dlt: %d record(s) from %s back on %s; %d duplicate(s) and %d other(s) left out%n",
        result.replayed(),
        args[0],
        args[0].substring(0, args[0].length() - DLT_SUFFIX.length()),
        result.duplicates(),
        result.skipped());
  }

  /** Replays as {@code args} say (the command line without the program name). */
  public static Result run(String bootstrapServers, List<String> args) {
    String dlt = args.get(0);
    Integer onlyPartition = option(args, "--partition");
    String offsetOption = optionText(args, "--offset");
    Long onlyOffset = offsetOption == null ? null : Long.valueOf(offsetOption);
    boolean single = onlyPartition != null || onlyOffset != null;
    boolean fromStart = args.contains("--from-start") || single;
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers);
        KafkaProducer<byte[], byte[]> producer = producer(bootstrapServers)) {
      List<TopicPartition> partitions = new ArrayList<>();
      consumer
          .partitionsFor(dlt, Duration.ofSeconds(10))
          .forEach(p -> partitions.add(new TopicPartition(dlt, p.partition())));
      consumer.assign(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      Map<TopicPartition, OffsetAndMetadata> committed =
          consumer.committed(new HashSet<>(partitions));
      for (TopicPartition partition : partitions) {
        OffsetAndMetadata done = committed.get(partition);
        if (fromStart || done == null) {
          consumer.seekToBeginning(List.of(partition));
        } else {
          consumer.seek(partition, done.offset());
        }
      }
      Set<String> seen = new HashSet<>();
      int replayed = 0;
      int duplicates = 0;
      int skipped = 0;
      while (!reachedEnd(consumer, partitions, end)) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.offset() >= end.get(new TopicPartition(dlt, record.partition()))) {
            continue; // dead-lettered after this run started: the next run takes it
          }
          String sourceTopic = text(record, ORIGINAL_TOPIC, stripSuffix(dlt));
          int sourcePartition = number(record, ORIGINAL_PARTITION, record.partition());
          long sourceOffset = longNumber(record, ORIGINAL_OFFSET, -1);
          if (single
              && ((onlyPartition != null && onlyPartition != sourcePartition)
                  || (onlyOffset != null && onlyOffset != sourceOffset))) {
            skipped++;
            continue;
          }
          if (sourceOffset >= 0 && !seen.add(sourcePartition + "/" + sourceOffset)) {
            duplicates++;
            continue;
          }
          producer.send(
              new ProducerRecord<>(
                  sourceTopic,
                  sourcePartition,
                  record.key(),
                  record.value(),
                  withoutDeadLetterHeaders(record)));
          replayed++;
        }
      }
      producer.flush();
      if (!single) {
        Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
        end.forEach((partition, offset) -> positions.put(partition, new OffsetAndMetadata(offset)));
        consumer.commitSync(positions);
      }
      return new Result(replayed, duplicates, skipped);
    }
  }

  private static boolean reachedEnd(
      KafkaConsumer<byte[], byte[]> consumer,
      List<TopicPartition> partitions,
      Map<TopicPartition, Long> end) {
    for (TopicPartition partition : partitions) {
      if (consumer.position(partition) < end.get(partition)) {
        return false;
      }
    }
    return true;
  }

  private static RecordHeaders withoutDeadLetterHeaders(ConsumerRecord<byte[], byte[]> record) {
    RecordHeaders headers = new RecordHeaders();
    for (Header header : record.headers()) {
      if (!header.key().startsWith("kafka_dlt-")
          && !header.key().equals("crewdispatch-dlt-reason")) {
        headers.add(header);
      }
    }
    return headers;
  }

  private static String stripSuffix(String dlt) {
    return dlt.substring(0, dlt.length() - DLT_SUFFIX.length());
  }

  private static String text(ConsumerRecord<?, ?> record, String header, String otherwise) {
    Header found = record.headers().lastHeader(header);
    return found == null ? otherwise : new String(found.value(), StandardCharsets.UTF_8);
  }

  /** spring-kafka writes the original partition as 4 bytes and the offset as 8. */
  private static int number(ConsumerRecord<?, ?> record, String header, int otherwise) {
    Header found = record.headers().lastHeader(header);
    return found == null ? otherwise : ByteBuffer.wrap(found.value()).getInt();
  }

  private static long longNumber(ConsumerRecord<?, ?> record, String header, long otherwise) {
    Header found = record.headers().lastHeader(header);
    return found == null ? otherwise : ByteBuffer.wrap(found.value()).getLong();
  }

  private static Integer option(List<String> args, String name) {
    String value = optionText(args, name);
    return value == null ? null : Integer.valueOf(value);
  }

  private static String optionText(List<String> args, String name) {
    int at = args.indexOf(name);
    return at < 0 || at + 1 >= args.size() ? null : args.get(at + 1);
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.GROUP_ID_CONFIG, GROUP,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }

  private static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }
}
