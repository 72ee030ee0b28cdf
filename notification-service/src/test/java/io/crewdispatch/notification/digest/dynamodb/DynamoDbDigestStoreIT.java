package io.crewdispatch.notification.digest.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.delivery.domain.DeadLetterDigestNotice.DeadLetterLine;
import io.crewdispatch.notification.digest.application.DigestStore.Batch;
import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The pending digest in DynamoDB Local, seen by two instances (two stores on one item): a line
 * redelivered is kept once, even after its digest went out; only one instance freezes a due batch,
 * a restarted instance sends the same frozen batch, and the next one waits out the gap.
 */
@NotificationIT
class DynamoDbDigestStoreIT {

  static final Duration GAP = Duration.ofMinutes(15);
  static final Instant T0 = Instant.parse("2026-06-01T16:00:00Z");

  @Autowired DynamoDbClient dynamoDb;
  @Autowired TableNames names;

  /** Two instances on one digest item of their own. */
  DynamoDbDigestStore first;

  DynamoDbDigestStore second;

  @BeforeEach
  void twoInstances() {
    String item = "digest-test-" + UUID.randomUUID();
    first = store(item);
    second = store(item);
  }

  @Test
  void twoInstancesSendOneDigestPerGapWithEveryLineOnce() {
    DeadLetterLine a = line("a", 7);
    DeadLetterLine b = line("b", 8);
    first.add(a);
    second.add(a); // the same EventDeadLettered, redelivered to the other instance
    first.add(b);

    Batch frozen = first.due(T0, GAP).orElseThrow();
    assertThat(second.due(T0, GAP))
        .as("a restarted or second instance finds the frozen batch, not a new one")
        .contains(frozen);
    assertThat(frozen.sequence()).isZero();
    assertThat(frozen.lines()).containsExactly(a, b);

    DeadLetterLine c = line("c", 9);
    second.add(c); // arrives while the digest is being sent: it waits for the next
    first.sent(frozen, T0);
    second.sent(frozen, T0); // the other instance recording the same digest changes nothing

    assertThat(first.due(T0.plus(GAP).minusSeconds(1), GAP)).as("inside the gap").isEmpty();
    Batch next = second.due(T0.plus(GAP), GAP).orElseThrow();
    assertThat(next.sequence()).isEqualTo(1);
    assertThat(next.lines()).containsExactly(c);
    assertThat(first.due(T0.plus(GAP), GAP)).contains(next);
    first.sent(next, T0.plus(GAP));
    assertThat(first.due(T0.plus(GAP).plus(GAP), GAP)).as("nothing pending").isEmpty();
  }

  @Test
  void aLineRepeatedAfterItsDigestWentOutIsNotReportedAgain() {
    DeadLetterLine a = line("a", 7);
    first.add(a);
    Batch sent = first.due(T0, GAP).orElseThrow();
    assertThat(sent.lines()).containsExactly(a);
    first.sent(sent, T0);

    // The service that dead-lettered the record recovered it again after a failed commit: the same
    // EventDeadLettered (its id derives from the record) comes again, to either instance.
    second.add(a);
    first.add(a);
    DeadLetterLine b = line("b", 8);
    first.add(b);

    Batch next = second.due(T0.plus(GAP), GAP).orElseThrow();
    assertThat(next.lines()).as("only the new dead letter").containsExactly(b);
  }

  private DynamoDbDigestStore store(String item) {
    return new DynamoDbDigestStore(dynamoDb, names, item, Clock.systemUTC(), Duration.ofDays(90));
  }

  private static DeadLetterLine line(String id, long offset) {
    return new DeadLetterLine(
        id + "-" + UUID.randomUUID(),
        "dispatch-service",
        "charter-events",
        1,
        offset,
        "CH-" + id,
        "CharterBooked",
        "NonRetryableEventException: Invalid event: vessel is blank");
  }
}
