package io.crewdispatch.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.dispatch.timeline.application.Timeline;
import io.crewdispatch.dispatch.timeline.domain.EntryType;
import io.crewdispatch.dispatch.timeline.domain.TimelineEntry;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.DeadLetterChecks;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A record that cannot be decoded, and one that decodes but is invalid, each land on the consumed
 * topic's dead-letter topic with the reason in headers, without retries blocking the partition; the
 * good record after them is still handled.
 */
@DispatchIntegrationTest
class DeadLetterIT {

  @Autowired MeterRegistry meters;
  @Autowired Timeline timeline;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void poisonOnCharterEventsGoesToItsDeadLetterTopicAndTheNextRecordIsHandled() {
    DeadLetterChecks.poisonIsDeadLetteredAndTheNextRecordIsHandled(
        probe, meters, Topic.CHARTER_EVENTS, Samples::charterBooked, "charterId");
  }

  @Test
  void aDeadLetteredRecordAboutACharterIsOnItsTimelineWithTheReplayCommand() {
    String charterId = "CH-" + java.util.UUID.randomUUID();
    probe.publishRaw(
        Topic.CHARTER_EVENTS.topicName(),
        charterId,
        "not avro".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    TimelineEntry entry =
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    timeline.of(charterId).stream()
                        .filter(e -> e.type() == EntryType.DEAD_LETTERED)
                        .findFirst(),
                java.util.Optional::isPresent)
            .orElseThrow();
    assertThat(entry.detail())
        .startsWith("dispatch-service could not handle an unreadable record from charter-events")
        .contains("EventDecodingException")
        .contains("./replay-dlt charter-events-dlt --partition ");
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
