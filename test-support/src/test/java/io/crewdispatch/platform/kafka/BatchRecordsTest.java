package io.crewdispatch.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

/** A batch listener's turn: what comes before a poison record is handled, the poison is named. */
class BatchRecordsTest {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final List<List<String>> handled = new ArrayList<>();

  @Test
  void theRecordsBeforeAPoisonOneAreHandledTogetherAndThePoisonIsNamed() {
    var records = records("a", "b", null, "d");

    assertThatThrownBy(() -> consume(records))
        .isInstanceOfSatisfying(
            BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(2))
        .hasRootCauseMessage("Invalid event: the record has no value");
    assertThat(handled).containsExactly(List.of("a", "b"));
  }

  @Test
  void eventsThatChangeNothingAreLeftOutAndTheBatchIsConsumed() {
    consume(records("a", "skip", "c"));

    assertThat(handled).containsExactly(List.of("a", "c"));
  }

  @Test
  void aFailureToHandleNamesTheFirstRecordSoTheWholeBatchComesAgain() {
    var records = records("a", "b");

    assertThatThrownBy(
            () ->
                BatchRecords.<String>consume(
                    meters,
                    records,
                    e -> Optional.of((String) e),
                    events -> {
                      throw new IllegalStateException("the table is down");
                    }))
        .isInstanceOfSatisfying(
            BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isZero())
        .hasRootCauseMessage("the table is down");
  }

  @Test
  void inOrderWhatIsDoneTogetherIsSkippedAndTheRestIsHandledOneByOneBeforeThePoison() {
    List<String> one = new ArrayList<>();

    assertThatThrownBy(
            () ->
                BatchRecords.<String>consumeInOrder(
                    meters,
                    records("a", "T1", "b", "T2", null, "after"),
                    e -> (String) e,
                    converted -> {
                      handled.add(converted);
                      return e -> e.startsWith("T");
                    },
                    one::add))
        .isInstanceOfSatisfying(
            BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(4));
    assertThat(handled)
        .as("together sees what came before the poison")
        .containsExactly(List.of("a", "T1", "b", "T2"));
    assertThat(one).containsExactly("a", "b");
  }

  @Test
  void inOrderAFailureNamesItsOwnRecord() {
    List<String> one = new ArrayList<>();

    assertThatThrownBy(
            () ->
                BatchRecords.<String>consumeInOrder(
                    meters,
                    records("a", "b", "c"),
                    e -> (String) e,
                    converted -> e -> false,
                    e -> {
                      if (e.equals("b")) {
                        throw new IllegalStateException("the table is down");
                      }
                      one.add(e);
                    }))
        .isInstanceOfSatisfying(
            BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(1))
        .hasRootCauseMessage("the table is down");
    assertThat(one).containsExactly("a");
  }

  private void consume(List<ConsumerRecord<String, Object>> records) {
    BatchRecords.<String>consume(
        meters,
        records,
        e -> e.equals("skip") ? Optional.empty() : Optional.of((String) e),
        handled::add);
  }

  private static List<ConsumerRecord<String, Object>> records(String... values) {
    List<ConsumerRecord<String, Object>> records = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      records.add(new ConsumerRecord<>("dispatch-events", 0, i, "key-" + i, values[i]));
    }
    return records;
  }
}
