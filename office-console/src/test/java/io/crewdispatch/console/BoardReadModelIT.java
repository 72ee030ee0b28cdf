package io.crewdispatch.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.console.board.application.BoardStore;
import io.crewdispatch.console.board.domain.CharterHistory;
import io.crewdispatch.console.board.domain.CharterStatus;
import io.crewdispatch.console.board.domain.CharterView;
import io.crewdispatch.console.board.domain.Member;
import io.crewdispatch.console.board.domain.Seat;
import io.crewdispatch.console.support.ConsoleTestBase;
import io.crewdispatch.console.support.FakeDispatch;
import io.crewdispatch.console.support.TestAuthServer;
import io.crewdispatch.events.Availability;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CertificateExpiring;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.Integration;
import io.crewdispatch.events.IntegrationState;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The board from the topics, against the real broker and DynamoDB Local: events of one charter
 * arriving out of order and twice fold to the view they describe; newer records of a person or an
 * integration are never rolled back by older ones; a certificate warning is kept once and retired
 * by a renewal; and a rebuild (a new consumer group from the earliest offset into an empty table)
 * ends equal to the live board.
 */
class BoardReadModelIT extends ConsoleTestBase {

  private static final Instant T0 = Instant.parse("2026-06-01T16:00:00Z");

  @Autowired BoardStore board;

  @RegisterExtension final KafkaProbe kafka = KafkaProbe.perTest();

  @Test
  void chartersEventsOutOfOrderAndTwiceFoldToTheStaffedView() {
    String charterId = "ooo-" + UUID.randomUUID();
    CharterBooked booked = Samples.charterBooked(charterId);
    booked = CharterBooked.newBuilder(booked).setOccurredAt(T0).build();
    booked = CharterBooked.newBuilder(booked).setCrewRequired(1).build();
    CaptainCalled captainCalled = Samples.captainCalled(charterId);
    captainCalled =
        CaptainCalled.newBuilder(captainCalled).setOccurredAt(T0.plusSeconds(1)).build();
    CaptainConfirmed captainConfirmed = Samples.captainConfirmed(charterId);
    captainConfirmed =
        CaptainConfirmed.newBuilder(captainConfirmed).setCallId(captainCalled.getCallId()).build();
    captainConfirmed =
        CaptainConfirmed.newBuilder(captainConfirmed).setOccurredAt(T0.plusSeconds(2)).build();
    CrewCalled crewCalled = Samples.crewCalled(charterId);
    crewCalled = CrewCalled.newBuilder(crewCalled).setOccurredAt(T0.plusSeconds(3)).build();
    CrewConfirmed crewConfirmed = crewConfirmed(charterId, crewCalled, T0.plusSeconds(4));

    // Newest first, each twice: the board must end as if they came once and in order.
    kafka.publish(Topic.DISPATCH_EVENTS, charterId, crewConfirmed);
    kafka.publish(Topic.DISPATCH_EVENTS, charterId, crewCalled);
    kafka.publish(Topic.DISPATCH_EVENTS, charterId, crewConfirmed);
    kafka.publish(Topic.DISPATCH_EVENTS, charterId, captainConfirmed);
    kafka.publish(Topic.DISPATCH_EVENTS, charterId, captainCalled);
    kafka.publish(Topic.CHARTER_EVENTS, charterId, booked);
    kafka.publish(Topic.CHARTER_EVENTS, charterId, booked);

    CharterView view = awaitView(charterId, 5);
    assertThat(view.status()).isEqualTo(CharterStatus.STAFFED);
    assertThat(view.captain()).isEqualTo(new Seat("alex-marlow", "Alex Marlow"));
    assertThat(view.crew()).containsExactly(new Seat("jordan-reef", "Jordan Reef"));
    assertThat(view.openCalls()).isEmpty();
    assertThat(view.crewNeeded()).isEqualTo(1);
    assertThat(view.vessel()).isEqualTo("Sea Breeze");
    assertThat(board.charter(charterId).orElseThrow().facts()).hasSize(5);
  }

  @Test
  void aLaterCallIsOpenUntilItsAnswerWhateverTheArrivalOrder() {
    String charterId = "calls-" + UUID.randomUUID();
    CaptainCalled first =
        CaptainCalled.newBuilder(Samples.captainCalled(charterId)).setOccurredAt(T0).build();
    // Older than the call, arriving after it: the call stays open.
    CharterStaffed staffedLongAgo =
        CharterStaffed.newBuilder(Samples.charterStaffed(charterId))
            .setOccurredAt(T0.minusSeconds(60))
            .build();
    kafka.publish(Topic.DISPATCH_EVENTS, charterId, first);
    kafka.publish(Topic.DISPATCH_EVENTS, charterId, staffedLongAgo);

    CharterView view = awaitView(charterId, 2);
    assertThat(view.status()).isEqualTo(CharterStatus.CALLING_CAPTAIN);
    assertThat(view.openCalls())
        .singleElement()
        .satisfies(c -> assertThat(c.callId()).isEqualTo(first.getCallId()));
  }

  @Test
  void anOlderRosterRecordNeverReplacesANewerOne() {
    String crewId = "crew-" + UUID.randomUUID();
    RosterChanged newer = Samples.rosterChanged(crewId);
    newer = RosterChanged.newBuilder(newer).setOccurredAt(T0.plusSeconds(60)).build();
    newer =
        RosterChanged.newBuilder(newer)
            .setMember(
                RosterMember.newBuilder(newer.getMember())
                    .setName("Morgan Keel")
                    .setCertificates(Map.of("First aid", "2026-06-20"))
                    .build())
            .build();
    RosterChanged older = Samples.rosterChanged(crewId);
    older = RosterChanged.newBuilder(older).setOccurredAt(T0).build();
    older =
        RosterChanged.newBuilder(older)
            .setMember(
                RosterMember.newBuilder(older.getMember())
                    .setName("Morgan Old-Name")
                    .setAvailability(Map.of(Samples.SAIL_DATE.toString(), Availability.UNAVAILABLE))
                    .build())
            .build();
    kafka.publish(Topic.ROSTER_MEMBERS, crewId, newer);
    kafka.publish(Topic.ROSTER_MEMBERS, crewId, older);
    String service = "notification-" + crewId;
    IntegrationStateChanged down = integration(service, IntegrationState.DOWN, T0.plusSeconds(60));
    IntegrationStateChanged upBefore = integration(service, IntegrationState.UP, T0);
    kafka.publish(Topic.OPS_EVENTS, "notification-service", down);
    kafka.publish(Topic.OPS_EVENTS, "notification-service", upBefore);
    // The last one we published: once it is in, the older ones before it have been handled too.
    EventDeadLettered dead = deadLettered();
    kafka.publish(Topic.OPS_EVENTS, "notification-service", dead);
    kafka.publish(Topic.OPS_EVENTS, "notification-service", dead);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                board.deadLetters().stream().anyMatch(d -> d.eventId().equals(dead.getEventId())));
    Member member =
        board.members().stream().filter(m -> m.crewId().equals(crewId)).findFirst().orElseThrow();
    assertThat(member.name()).isEqualTo("Morgan Keel");
    assertThat(member.availability()).containsEntry(Samples.SAIL_DATE, true);
    assertThat(member.certificates()).containsEntry("First aid", LocalDate.parse("2026-06-20"));
    assertThat(board.integrations())
        .filteredOn(i -> i.service().equals(down.getService()))
        .singleElement()
        .satisfies(i -> assertThat(i.state()).isEqualTo("DOWN"));
    assertThat(board.deadLetters())
        .filteredOn(d -> d.eventId().equals(dead.getEventId()))
        .hasSize(1);
  }

  @Test
  void aCertificateWarningIsKeptOnceAndARenewalRetiresIt() {
    String crewId = "cert-" + UUID.randomUUID();
    LocalDate expires = LocalDate.parse("2026-07-01");
    CertificateExpiring warning = certificateExpiring(crewId, expires);
    // Redelivered, and sent again under a new event id for the same certificate and expiry.
    kafka.publish(Topic.OPS_EVENTS, "roster-service", warning);
    kafka.publish(Topic.OPS_EVENTS, "roster-service", warning);
    kafka.publish(
        Topic.OPS_EVENTS,
        "roster-service",
        CertificateExpiring.newBuilder(warning).setEventId(Samples.eventId()).build());
    EventDeadLettered marker = deadLettered(); // same key, after them: once in, they were handled
    kafka.publish(Topic.OPS_EVENTS, "roster-service", marker);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                board.deadLetters().stream()
                    .anyMatch(d -> d.eventId().equals(marker.getEventId())));

    assertThat(board.certificateAlerts())
        .filteredOn(a -> a.crewId().equals(crewId))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo("Riley Keel");
              assertThat(a.certificate()).isEqualTo("First aid");
              assertThat(a.expiresOn()).isEqualTo(expires);
              assertThat(a.eventId()).isEqualTo(warning.getEventId());
              assertThat(a.current(Map.of())).isTrue();
            });

    RosterChanged renewed = Samples.rosterChanged(crewId);
    renewed =
        RosterChanged.newBuilder(renewed)
            .setOccurredAt(T0.plusSeconds(120))
            .setMember(
                RosterMember.newBuilder(renewed.getMember())
                    .setCertificates(Map.of("First aid", "2028-07-01"))
                    .build())
            .build();
    kafka.publish(Topic.ROSTER_MEMBERS, crewId, renewed);
    Map<String, Member> members =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> {
                  Map<String, Member> byId = new java.util.HashMap<>();
                  board.members().forEach(m -> byId.put(m.crewId(), m));
                  return byId;
                },
                byId -> byId.containsKey(crewId));
    assertThat(board.certificateAlerts())
        .filteredOn(a -> a.crewId().equals(crewId))
        .singleElement()
        .satisfies(a -> assertThat(a.current(members)).as("renewed until 2028").isFalse());
  }

  @Test
  void aRebuildFromTheTopicsIntoAnEmptyTableEqualsTheLiveBoard() {
    String charterId = "rebuild-" + UUID.randomUUID();
    CharterBooked booked = Samples.charterBooked(charterId);
    CaptainCalled called = Samples.captainCalled(charterId);
    called =
        CaptainCalled.newBuilder(called)
            .setOccurredAt(booked.getOccurredAt().plusSeconds(5))
            .build();
    kafka.publish(Topic.DISPATCH_EVENTS, charterId, called);
    kafka.publish(Topic.CHARTER_EVENTS, charterId, booked);
    kafka.publish(Topic.CHARTER_EVENTS, charterId, booked);
    CharterView live = awaitView(charterId, 2);

    String prefix = "rebuild-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    try (ConfigurableApplicationContext rebuilt =
        new SpringApplicationBuilder(OfficeConsoleApplication.class)
            .run(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.kafka.bootstrap-servers=" + Infrastructure.kafkaBootstrapServers(),
                "--spring.kafka.consumer.group-id=office-console-" + prefix,
                "--crewdispatch.platform.dynamodb.endpoint=" + Infrastructure.dynamoDbEndpoint(),
                "--crewdispatch.platform.dynamodb.table-prefix=" + prefix,
                "--AUTH_ISSUER=" + TestAuthServer.get().issuer(),
                "--crewdispatch.console.dispatch-url=" + FakeDispatch.get().url())) {
      BoardStore fresh = rebuilt.getBean(BoardStore.class);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> assertThat(fresh.charter(charterId).map(CharterHistory::view)).contains(live));
      assertThat(fresh.charter(charterId).orElseThrow().facts())
          .containsExactlyElementsOf(board.charter(charterId).orElseThrow().facts());
      List<Member> liveMembers = board.members();
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(fresh.members()).containsAll(liveMembers));
    }
  }

  private CharterView awaitView(String charterId, int facts) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> board.charter(charterId).map(CharterHistory::view).orElse(null),
            v -> v != null && v.factCount() == facts);
  }

  private static CrewConfirmed crewConfirmed(String charterId, CrewCalled call, Instant at) {
    return CrewConfirmed.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(at)
        .setCharterId(charterId)
        .setCallId(call.getCallId())
        .setCrew(call.getCallee())
        .setCaptainId("alex-marlow")
        .setByOffice(null)
        .setCharter(call.getCharter())
        .build();
  }

  private static CertificateExpiring certificateExpiring(String crewId, LocalDate expiresOn) {
    return CertificateExpiring.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(T0)
        .setCrewId(crewId)
        .setName("Riley Keel")
        .setRank(Rank.CAPTAIN)
        .setCertificate("First aid")
        .setExpiresOn(expiresOn)
        .build();
  }

  private static IntegrationStateChanged integration(
      String service, IntegrationState state, Instant at) {
    return IntegrationStateChanged.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(at)
        .setService(service)
        .setIntegration(Integration.GMAIL)
        .setState(state)
        .setDetail("invalid_grant")
        .setSince(at)
        .setWhatToDo(null)
        .build();
  }

  private static EventDeadLettered deadLettered() {
    return EventDeadLettered.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(T0)
        .setService("dispatch-service")
        .setTopic("charter-events")
        .setPartition(0)
        .setOffset(42L)
        .setKey(null)
        .setEventType("CharterBooked")
        .setRecordEventId(null)
        .setReason("undecodable")
        .setDeadLetteredAt(T0)
        .build();
  }
}
