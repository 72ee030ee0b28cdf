package io.crewdispatch.dispatch;

import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.DeadLetterChecks;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A record that cannot be decoded, and one that decodes but is invalid, each land on the consumed
 * topic's dead-letter topic with the reason in headers, without retries blocking the partition; the
 * good record after them is still handled.
 */
@DispatchIntegrationTest
class DeadLetterIT {

  @Autowired MeterRegistry meters;
  KafkaProbe probe;

  @BeforeEach
  void openProbe() {
    probe = KafkaProbe.open();
  }

  @AfterEach
  void closeProbe() {
    probe.close();
  }

  @Test
  void poisonOnCharterEventsGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    DeadLetterChecks.poisonIsDeadLetteredAndTheNextRecordIsHandled(
        probe, meters, Topic.CHARTER_EVENTS, Samples::charterBooked, "charterId");
  }

  @Test
  void poisonOnRosterMembersGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    DeadLetterChecks.poisonIsDeadLetteredAndTheNextRecordIsHandled(
        probe, meters, Topic.ROSTER_MEMBERS, Samples::rosterChanged, "crewId");
  }

  @Test
  void poisonOnAuthEventsGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    DeadLetterChecks.poisonIsDeadLetteredAndTheNextRecordIsHandled(
        probe, meters, Topic.AUTH_EVENTS, Samples::tokenAccepted, "charterId");
  }

  @Test
  void poisonOnNotificationEventsGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    DeadLetterChecks.poisonIsDeadLetteredAndTheNextRecordIsHandled(
        probe, meters, Topic.NOTIFICATION_EVENTS, Samples::notificationSent, "sourceEventId");
  }
}
