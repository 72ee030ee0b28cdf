package io.crewdispatch.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.roster.support.RosterServiceTest;
import io.crewdispatch.testsupport.DeadLetterChecks;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A record that cannot be decoded, and one that decodes but is invalid, each land on the consumed
 * topic's dead-letter topic with the reason in headers, without retries blocking the partition; the
 * good record after them is still handled.
 */
@RosterServiceTest
class DeadLetterIT {

  @Autowired MeterRegistry meters;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void poisonOnDispatchEventsGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    DeadLetterChecks.poisonIsDeadLetteredAndTheNextRecordIsHandled(
        probe, meters, Topic.DISPATCH_EVENTS, Samples::captainCalled, "charterId");
  }

  @Test
  void anInvalidCharterCancelledGoesToTheCharterEventsDeadLetterTopic() {
    String key = "dlt-" + UUID.randomUUID();
    var invalid = Samples.charterCancelled(key);
    invalid.put("eventId", "");
    probe.publish(Topic.CHARTER_EVENTS, key, invalid);

    var rejected = probe.awaitDeadLetter(Topic.CHARTER_EVENTS, key);

    assertThat(rejected.reason()).contains("Invalid event: eventId is blank");
    assertThat(rejected.originalTopic()).isEqualTo(Topic.CHARTER_EVENTS.topicName());
  }
}
