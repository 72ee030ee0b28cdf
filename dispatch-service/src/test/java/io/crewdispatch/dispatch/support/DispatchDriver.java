package io.crewdispatch.dispatch.support;

import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.TokenDeclined;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.awaitility.Awaitility;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Drives dispatch-service from outside, as the other services would: roster changes, bookings and
 * answers in, dispatch events out. Open one per test and close it after.
 */
public final class DispatchDriver implements AutoCloseable {

  private final KafkaProbe probe = KafkaProbe.open();

  public KafkaProbe probe() {
    return probe;
  }

  /** Publishes roster changes and waits until dispatch's projection holds each of them. */
  public void roster(RosterChanged... changes) {
    for (RosterChanged change : changes) {
      probe.publish(Topic.ROSTER_MEMBERS, change.getCrewId(), change);
    }
    for (RosterChanged change : changes) {
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> change.getEventId().equals(storedRosterEvent(change.getCrewId())));
    }
  }

  private static String storedRosterEvent(String crewId) {
    Map<String, AttributeValue> item =
        Infrastructure.dynamoDb()
            .getItem(
                r ->
                    r.tableName("test-dispatch-roster")
                        .key(Map.of("crewId", AttributeValue.fromS(crewId)))
                        .consistentRead(true))
            .item();
    return item == null || !item.containsKey("event_id") ? null : item.get("event_id").s();
  }

  public void book(CharterBooked booking) {
    probe.publish(Topic.CHARTER_EVENTS, booking.getCharterId(), booking);
  }

  public CaptainCalled captainCalled(String charterId, String crewId) {
    return await(
        CaptainCalled.class,
        e -> e.getCharterId().equals(charterId) && e.getCallee().getCrewId().equals(crewId));
  }

  public CrewCalled crewCalled(String charterId, String crewId) {
    return await(
        CrewCalled.class,
        e -> e.getCharterId().equals(charterId) && e.getCallee().getCrewId().equals(crewId));
  }

  public void accept(String charterId, String callId, String crewId, Rank role) {
    probe.publish(
        Topic.AUTH_EVENTS,
        charterId,
        TokenAccepted.newBuilder()
            .setEventId(Samples.eventId())
            .setOccurredAt(TestClock.INSTANCE.instant())
            .setCallId(callId)
            .setCharterId(charterId)
            .setCrewId(crewId)
            .setRole(role)
            .build());
  }

  public void accept(CaptainCalled call) {
    accept(call.getCharterId(), call.getCallId(), call.getCallee().getCrewId(), Rank.CAPTAIN);
  }

  public void accept(CrewCalled call) {
    accept(call.getCharterId(), call.getCallId(), call.getCallee().getCrewId(), Rank.CREW);
  }

  public void decline(String charterId, String callId, String crewId, Rank role) {
    probe.publish(
        Topic.AUTH_EVENTS,
        charterId,
        TokenDeclined.newBuilder()
            .setEventId(Samples.eventId())
            .setOccurredAt(TestClock.INSTANCE.instant())
            .setCallId(callId)
            .setCharterId(charterId)
            .setCrewId(crewId)
            .setRole(role)
            .build());
  }

  public void decline(CaptainCalled call) {
    decline(call.getCharterId(), call.getCallId(), call.getCallee().getCrewId(), Rank.CAPTAIN);
  }

  public void decline(CrewCalled call) {
    decline(call.getCharterId(), call.getCallId(), call.getCallee().getCrewId(), Rank.CREW);
  }

  public <T extends SpecificRecord> T await(Class<T> type, Predicate<T> match) {
    return probe.await(Topic.DISPATCH_EVENTS, type, match);
  }

  /** Every dispatch event of {@code type} about the charter seen so far. */
  public <T extends SpecificRecord> List<T> events(Class<T> type, String charterId) {
    return probe.events(
        Topic.DISPATCH_EVENTS,
        type,
        e -> charterId.equals(e.get(e.getSchema().getField("charterId").pos())));
  }

  @Override
  public void close() {
    probe.close();
  }
}
