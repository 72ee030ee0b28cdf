package io.crewdispatch.reporting;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.DeadLetterChecks;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A record that cannot be decoded, and one that decodes but is invalid, each land on the consumed
 * topic's dead-letter topic with the reason in headers, without retries blocking the partition; the
 * good record after them is still handled.
 */
@ReportingServiceTest
class DeadLetterIT {

  @Autowired MeterRegistry meters;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void poisonOnCharterEventsGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    DeadLetterChecks.poisonIsDeadLetteredAndTheNextRecordIsHandled(
        probe, meters, Topic.CHARTER_EVENTS, Samples::charterBooked, "charterId");
  }

  @Test
  void poisonOnDispatchEventsGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    DeadLetterChecks.poisonIsDeadLetteredAndTheNextRecordIsHandled(
        probe, meters, Topic.DISPATCH_EVENTS, Samples::captainCalled, "charterId");
  }
}
