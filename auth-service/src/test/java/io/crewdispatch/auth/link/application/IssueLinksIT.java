package io.crewdispatch.auth.link.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.auth.link.domain.Answer;
import io.crewdispatch.auth.link.domain.Call;
import io.crewdispatch.auth.link.domain.Charter;
import io.crewdispatch.auth.link.domain.ExpiryPolicy;
import io.crewdispatch.auth.link.domain.LinkKey;
import io.crewdispatch.auth.link.domain.LinkKeys;
import io.crewdispatch.auth.link.domain.Revocation;
import io.crewdispatch.auth.link.domain.Role;
import io.crewdispatch.auth.link.dynamodb.LinksOnDynamoDbLocal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The minting rules, proven on the production store against DynamoDB Local: its transactions and
 * conditions are what make a redelivery re-announce rather than re-mint, and a cancellation win.
 */
class IssueLinksIT {

  static final Instant NOW = Instant.parse("2026-06-01T16:00:00Z");
  static final LinkKey OLD_KEY = key("k1");
  static final LinkKey NEW_KEY = key("k2");

  final LinksOnDynamoDbLocal table = new LinksOnDynamoDbLocal();
  final LinkStore store = table.store();
  final RecordingLinkEvents events = new RecordingLinkEvents();

  @Test
  void aCrashBeforeTheAnnouncementIsAckedReannouncesTheVerySameLinksUnderTheSameEventId() {
    IssueLinks issue = issueLinks(new LinkKeys(NEW_KEY, List.of()));
    events.failuresLeft = 1;

    assertThatThrownBy(() -> issue.issue(call("call-1"))).isInstanceOf(IllegalStateException.class);
    issue.issue(call("call-1")); // the redelivery

    assertThat(events.issued).hasSize(1);
    IssuedLinks lost = events.attempted.get(0);
    IssuedLinks sent = events.issued.get(0);
    assertThat(sent.acceptUrl()).isEqualTo(lost.acceptUrl());
    assertThat(sent.declineUrl()).isEqualTo(lost.declineUrl());
    assertThat(sent.eventId()).isEqualTo(lost.eventId());
    assertThat(table.links()).isEqualTo(2);
  }

  @Test
  void aRedeliveredOpenCallIsReannouncedAsTheVerySameEvent() {
    IssueLinks issue = issueLinks(new LinkKeys(NEW_KEY, List.of()));

    issue.issue(call("call-1"));
    issue.issue(call("call-1"));

    assertThat(events.issued).hasSize(2);
    assertThat(events.issued.get(1)).isEqualTo(events.issued.get(0));
    assertThat(table.links()).isEqualTo(2);
  }

  @Test
  void aRedeliveredCallThatWasAnsweredEmitsNothing() {
    IssueLinks issue = issueLinks(new LinkKeys(NEW_KEY, List.of()));
    issue.issue(call("call-1"));
    store.recordAnswer("call-1", Answer.ACCEPTED, "evt-1", NOW);

    issue.issue(call("call-1"));

    assertThat(events.issued).hasSize(1);
  }

  @Test
  void afterAKeyRotationACallInFlightIsReannouncedWithTheLinksOfItsOwnKey() {
    events.failuresLeft = 1;
    assertThatThrownBy(() -> issueLinks(new LinkKeys(OLD_KEY, List.of())).issue(call("call-1")))
        .isInstanceOf(IllegalStateException.class);
    IssuedLinks underOldKey = events.attempted.get(0);

    issueLinks(new LinkKeys(NEW_KEY, List.of(OLD_KEY))).issue(call("call-1"));
    issueLinks(new LinkKeys(NEW_KEY, List.of(OLD_KEY))).issue(call("call-2"));

    assertThat(events.issued.get(0).acceptUrl()).isEqualTo(underOldKey.acceptUrl());
    assertThat(store.findCall("call-1").orElseThrow().keyId()).isEqualTo("k1");
    assertThat(store.findCall("call-2").orElseThrow().keyId()).isEqualTo("k2");
  }

  @Test
  void aWithdrawnCallIsNeverAnnouncedEvenIfItsCallArrivesLate() {
    store.revokeCall("CH-1", "call-1", Revocation.SUPERSEDED, NOW);

    issueLinks(new LinkKeys(NEW_KEY, List.of())).issue(call("call-1"));

    assertThat(events.attempted).isEmpty();
  }

  @Test
  void aCallMadeBeforeItsCharterWasCancelledIsRevokedNotAnnounced() {
    store.cancelCharter("CH-1", NOW, NOW); // the call (made at NOW) arrives after the cancellation

    issueLinks(new LinkKeys(NEW_KEY, List.of())).issue(call("call-1"));

    assertThat(events.attempted).isEmpty();
    assertThat(store.findCall("call-1").orElseThrow().revocation())
        .isEqualTo(Revocation.CHARTER_CANCELLED);
  }

  @Test
  void aCharterReBookedUnderTheSameIdAfterACancellationGetsLinksAgain() {
    store.cancelCharter("CH-1", NOW.minus(Duration.ofMinutes(5)), NOW);

    issueLinks(new LinkKeys(NEW_KEY, List.of())).issue(call("call-1"));

    assertThat(events.issued).hasSize(1);
  }

  @Test
  void aCancellationKillsTheCallsMadeBeforeItAndSparesThoseMadeAfter() {
    IssueLinks issue = issueLinks(new LinkKeys(NEW_KEY, List.of()));
    issue.issue(call("call-1"));
    issue.issue(call("call-2", NOW.plus(Duration.ofMinutes(10))));

    new RevokeLinks(store, Clock.fixed(NOW, ZoneOffset.UTC))
        .cancelCharter("CH-1", NOW.plus(Duration.ofMinutes(5)));

    assertThat(store.findCall("call-1").orElseThrow().revocation())
        .isEqualTo(Revocation.CHARTER_CANCELLED);
    assertThat(store.findCall("call-2").orElseThrow().revokedAt()).isNull();
  }

  @Test
  void aCallWhoseLinksWouldAlreadyBeDeadIsNotAnnounced() {
    Call late =
        new Call(
            "call-1",
            "CH-1",
            call("call-1").recipient(),
            Role.CAPTAIN,
            NOW.minus(Duration.ofHours(3)),
            NOW.minus(Duration.ofHours(1)),
            call("call-1").charter());

    issueLinks(new LinkKeys(NEW_KEY, List.of())).issue(late);

    assertThat(events.attempted).isEmpty();
    assertThat(store.findCall("call-1")).isEmpty();
  }

  private IssueLinks issueLinks(LinkKeys keys) {
    return new IssueLinks(
        store,
        events,
        keys,
        new ExpiryPolicy(Duration.ofMinutes(30)),
        new LinkUrls(URI.create("https://crew.example.com/")),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static Call call(String callId) {
    return call(callId, NOW);
  }

  static Call call(String callId, Instant calledAt) {
    return new Call(
        callId,
        "CH-1",
        new Call.Recipient(
            "alex-marlow", "Alex Marlow", "alex-marlow@example.com", null, Role.CAPTAIN),
        Role.CAPTAIN,
        calledAt,
        NOW.plus(Duration.ofHours(2)),
        new Charter(
            "Sea Breeze",
            LocalDate.of(2026, 6, 14),
            LocalTime.of(9, 30),
            LocalTime.of(13, 30),
            ZoneId.of("America/Los_Angeles"),
            8));
  }

  static LinkKey key(String id) {
    return new LinkKey(
        id, ("unit test key " + id + " padded to 32 bytes").getBytes(StandardCharsets.UTF_8));
  }
}
