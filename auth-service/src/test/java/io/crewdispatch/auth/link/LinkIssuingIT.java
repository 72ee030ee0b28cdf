package io.crewdispatch.auth.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.auth.link.domain.LinkToken;
import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.Calls;
import io.crewdispatch.auth.support.IssuedPair;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Calls on dispatch-events become one stored, announced pair of links each. */
@AuthServiceTest
class LinkIssuingIT {

  private static final String TABLE = "test-crew-portal-links";

  @Autowired MutableClock clock;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @BeforeEach
  void setUp() {
    clock.reset();
  }

  @Test
  void aCaptainCallGetsAbsoluteLinksWhoseTokensAreStoredOnlyAsHashes() {
    CaptainCalled call = Calls.captainCalled(Calls.charterId(), clock.instant());

    AcceptLinkIssued issued = IssuedPair.call(probe, call).issued();

    assertThat(issued.getAcceptUrl()).startsWith("https://crew.example.com/crew/accept?token=cdl_");
    assertThat(issued.getDeclineUrl())
        .startsWith("https://crew.example.com/crew/decline?token=cdl_");
    assertThat(issued.getRole()).isEqualTo(Rank.CAPTAIN);
    assertThat(issued.getRecipient()).isEqualTo(call.getCallee());
    assertThat(issued.getCharter()).isEqualTo(call.getCharter());
    assertThat(issued.getRespondBy()).isEqualTo(call.getRespondBy());
    assertThat(issued.getExpiresAt()).isEqualTo(call.getRespondBy().plus(Duration.ofMinutes(30)));
    String accept = IssuedPair.tokenOf(issued.getAcceptUrl());
    String decline = IssuedPair.tokenOf(issued.getDeclineUrl());
    assertThat(accept).hasSize(47).isNotEqualTo(decline);
    for (String token : List.of(accept, decline)) {
      String hash = LinkToken.parse(token).orElseThrow().hash().hex();
      assertThat(item(hash)).containsEntry("callId", AttributeValue.fromS(call.getCallId()));
    }
    List<Map<String, AttributeValue>> stored = itemsOfCall(call.getCallId());
    assertThat(stored).hasSize(3); // two links and the call's state
    assertThat(stored.toString()).doesNotContain(accept.substring(4), decline.substring(4));
    assertThat(stored).allSatisfy(item -> assertThat(item).containsKey("ttl"));
  }

  @Test
  void aCrewCallGetsCrewLinks() {
    CrewCalled call = Calls.crewCalled(Calls.charterId(), clock.instant());

    AcceptLinkIssued issued = IssuedPair.call(probe, call).issued();

    assertThat(issued.getRole()).isEqualTo(Rank.CREW);
    assertThat(issued.getRecipient().getCrewId()).isEqualTo("jordan-reef");
  }

  @Test
  void aRedeliveredOrRepeatedCallKeepsItsOneLinkPairAndReannouncesTheVerySameEvent() {
    String charterId = Calls.charterId();
    CaptainCalled call = Calls.captainCalled(charterId, clock.instant());
    AcceptLinkIssued first = IssuedPair.call(probe, call).issued();

    probe.publish(Topic.DISPATCH_EVENTS, charterId, call); // redelivery: same eventId
    probe.publish(
        Topic.DISPATCH_EVENTS,
        charterId,
        CaptainCalled.newBuilder(call).setEventId(Samples.eventId()).build()); // same call again
    // A later call on the same charter (same partition) is handled after both.
    IssuedPair.call(probe, Calls.captainCalled(charterId, clock.instant()));

    assertThat(
            probe.events(
                Topic.AUTH_LINKS,
                AcceptLinkIssued.class,
                e -> e.getCallId().equals(call.getCallId())))
        .hasSize(3) // the open call is announced again, as the same event its consumers drop
        .allSatisfy(announced -> assertThat(announced).isEqualTo(first));
    assertThat(itemsOfCall(call.getCallId())).hasSize(3);
  }

  @Test
  void linksNeverOutliveTheDeparture() {
    CaptainCalled template = Calls.captainCalled(Calls.charterId(), clock.instant());
    Instant departure =
        template
            .getCharter()
            .getSailDate()
            .atTime(template.getCharter().getDepartureTime())
            .atZone(java.time.ZoneId.of("America/Los_Angeles"))
            .toInstant();
    CaptainCalled call =
        CaptainCalled.newBuilder(template)
            .setRespondBy(departure.minus(Duration.ofMinutes(10)))
            .build();

    AcceptLinkIssued issued = IssuedPair.call(probe, call).issued();

    assertThat(issued.getExpiresAt()).isEqualTo(departure);
  }

  @Test
  void aCallMadeBeforeTheCancellationButArrivingAfterItGetsNoLinks() {
    String charterId = Calls.charterId();
    CaptainCalled call = Calls.captainCalled(charterId, clock.instant().minusSeconds(60));
    probe.publish(
        Topic.CHARTER_EVENTS,
        charterId,
        CharterCancelled.newBuilder(Samples.charterCancelled(charterId))
            .setOccurredAt(clock.instant())
            .build());
    await()
        .untilAsserted(() -> assertThat(item("charter#" + charterId)).containsKey("cancelledAt"));

    probe.publish(Topic.DISPATCH_EVENTS, charterId, call);

    await()
        .untilAsserted(() -> assertThat(item("call#" + call.getCallId())).containsKey("revokedAt"));
    assertThat(item("call#" + call.getCallId())).doesNotContainKey("acceptHash");
    assertThat(
            probe.events(
                Topic.AUTH_LINKS,
                AcceptLinkIssued.class,
                e -> e.getCallId().equals(call.getCallId())))
        .isEmpty();
  }

  @Test
  void aCallMadeAfterTheCancellationOfARebookedCharterGetsLinks() {
    String charterId = Calls.charterId();
    probe.publish(
        Topic.CHARTER_EVENTS,
        charterId,
        CharterCancelled.newBuilder(Samples.charterCancelled(charterId))
            .setOccurredAt(clock.instant().minusSeconds(60))
            .build());
    await()
        .untilAsserted(() -> assertThat(item("charter#" + charterId)).containsKey("cancelledAt"));

    CaptainCalled call = Calls.captainCalled(charterId, clock.instant());
    AcceptLinkIssued issued = IssuedPair.call(probe, call).issued();

    assertThat(issued.getCallId()).isEqualTo(call.getCallId());
    assertThat(item("charter#" + charterId).get("calls").ss())
        .anySatisfy(member -> assertThat(member).endsWith("|" + call.getCallId()));
  }

  private static Map<String, AttributeValue> item(String key) {
    return Infrastructure.dynamoDb()
        .getItem(
            r ->
                r.tableName(TABLE)
                    .key(Map.of("tokenHash", AttributeValue.fromS(key)))
                    .consistentRead(true))
        .item();
  }

  private static List<Map<String, AttributeValue>> itemsOfCall(String callId) {
    // Every page: a scan reads 1 MB per page before filtering, and the shared table grows with
    // every IT class (the portal's items too).
    return Infrastructure.dynamoDb()
        .scanPaginator(
            r ->
                r.tableName(TABLE)
                    .filterExpression("callId = :call")
                    .expressionAttributeValues(Map.of(":call", AttributeValue.fromS(callId)))
                    .consistentRead(true))
        .items()
        .stream()
        .toList();
  }
}
