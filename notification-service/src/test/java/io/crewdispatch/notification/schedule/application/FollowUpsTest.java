package io.crewdispatch.notification.schedule.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.CallNotice;
import io.crewdispatch.notification.delivery.domain.Charter;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.support.MutableClock;
import io.crewdispatch.notification.support.TestProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What ends a follow-up costs a write only when a follow-up can exist: never with follow-ups off,
 * and not for a charter's first captain call. A fetch's follow-ups are one transaction, the later
 * of two calls for one follow-up kept; a refused transaction is written one by one. A fake of our
 * own port records each write.
 */
class FollowUpsTest {

  static final String KEY = "dGVzdC1vbmx5LWxpbmsta2V5LTMyLWJ5dGVzLWxvbmc=";
  static final Instant AT = Instant.parse("2026-06-01T16:00:00Z");

  static final Charter CHARTER =
      new Charter(
          "CH-1",
          "Sea Otter",
          LocalDate.parse("2026-06-03"),
          LocalTime.parse("09:00"),
          LocalTime.parse("17:00"),
          ZoneId.of("America/Los_Angeles"),
          6);

  List<String> writes = new ArrayList<>();
  boolean refuseTogether;

  @Test
  void aFetchsFollowUpsAreOneTransactionKeepingTheLaterOfTheCaptainCalls() {
    FollowUps followUps = followUps(Map.of("crewdispatch.notification.schedule.link-key", KEY));

    followUps.scheduleAll(
        List.of(
            called("call-1", "cap-1", Role.CAPTAIN, AT),
            called("call-2", "crew-1", Role.CREW, AT),
            called("call-3", "cap-2", Role.CAPTAIN, AT.plusSeconds(60)),
            called("call-4", "cap-3", Role.CAPTAIN, AT.plusSeconds(30))));

    assertThat(writes)
        .containsExactly("together [follow-up#CH-1#CAPTAIN call-3, follow-up#CH-1#crew-1 call-2]");
  }

  @Test
  void aRefusedTransactionIsWrittenOneByOne() {
    FollowUps followUps = followUps(Map.of("crewdispatch.notification.schedule.link-key", KEY));
    refuseTogether = true;

    followUps.scheduleAll(
        List.of(
            called("call-1", "cap-1", Role.CAPTAIN, AT),
            called("call-2", "crew-1", Role.CREW, AT)));

    assertThat(writes)
        .containsExactly(
            "together [follow-up#CH-1#CAPTAIN call-1, follow-up#CH-1#crew-1 call-2]",
            "put follow-up#CH-1#CAPTAIN call-1",
            "put follow-up#CH-1#crew-1 call-2");
  }

  @Test
  void oneFollowUpIsOneWriteAndAMemberWithoutAPhoneNone() {
    FollowUps followUps = followUps(Map.of("crewdispatch.notification.schedule.link-key", KEY));

    followUps.scheduleAll(
        List.of(
            called("call-1", "cap-1", Role.CAPTAIN, AT),
            new FollowUps.Issued(
                call(
                    "call-2",
                    new Person("crew-2", "Robin Cove", "robin@example.com", null, Role.CREW)),
                AT)));

    assertThat(writes).containsExactly("put follow-up#CH-1#CAPTAIN call-1");
  }

  @Test
  void aFetchOfMoreThanATransactionsShareIsSeveral() {
    FollowUps followUps = followUps(Map.of("crewdispatch.notification.schedule.link-key", KEY));
    List<FollowUps.Issued> calls = new ArrayList<>();
    for (int i = 0; i < FollowUps.TOGETHER + 1; i++) {
      calls.add(called("call-" + i, "crew-" + i, Role.CREW, AT));
    }

    followUps.scheduleAll(calls);

    assertThat(writes).hasSize(2);
    assertThat(writes.get(0)).startsWith("together [").contains("crew-24 call-24]");
    assertThat(writes.get(1)).isEqualTo("put follow-up#CH-1#crew-25 call-25");
  }

  private static FollowUps.Issued called(String callId, String crewId, Role role, Instant at) {
    return new FollowUps.Issued(
        call(
            callId, new Person(crewId, "Kim Harbor", crewId + "@example.com", "+1 555 0100", role)),
        at);
  }

  private static CallNotice call(String callId, Person callee) {
    return new CallNotice(
        "e-" + callId,
        callId,
        callee,
        CHARTER,
        "https://crew.example.com/crew/accept?token=cd1_" + callId,
        "https://crew.example.com/crew/decline?token=cd1_" + callId,
        AT.plusSeconds(7200),
        AT.plusSeconds(9000));
  }

  @Test
  void withFollowUpsOnEveryEndOfACallIsWritten() {
    FollowUps followUps = followUps(Map.of("crewdispatch.notification.schedule.link-key", KEY));

    followUps.cancel("CH-1", "crew-1", Role.CREW, AT);
    followUps.answered("CH-1", "cap-1", Role.CAPTAIN, "call-1", AT);
    followUps.captainCalled("CH-1", 2, AT);

    assertThat(writes)
        .containsExactly(
            "cancel follow-up#CH-1#crew-1",
            "answered follow-up#CH-1#CAPTAIN call-1",
            "cancel follow-up#CH-1#CAPTAIN");
  }

  @Test
  void aCharterFirstCaptainCallHasNoEarlierFollowUpToCancel() {
    FollowUps followUps = followUps(Map.of("crewdispatch.notification.schedule.link-key", KEY));

    followUps.captainCalled("CH-1", 1, AT);

    assertThat(writes).isEmpty();
  }

  @Test
  void withoutALinkKeyNothingIsScheduledSoNothingIsCancelled() {
    FollowUps followUps = followUps(Map.of());

    followUps.cancel("CH-1", "crew-1", Role.CREW, AT);
    followUps.answered("CH-1", "cap-1", Role.CAPTAIN, "call-1", AT);
    followUps.captainCalled("CH-1", 2, AT);

    assertThat(writes).isEmpty();
  }

  @Test
  void switchedOffAFollowUpLeftWaitingIsNotSent() {
    FollowUps followUps =
        followUps(
            Map.of(
                "crewdispatch.notification.schedule.link-key",
                KEY,
                "crewdispatch.notification.schedule.follow-up-sms",
                "false"));

    // no SMS sender: sending would fail the test
    followUps.run(
        new Scheduled("follow-up#CH-1#CAPTAIN", FollowUps.KIND, AT, AT, Map.of("callId", "c")), AT);

    assertThat(writes).isEmpty();
  }

  private FollowUps followUps(Map<String, String> settings) {
    NotificationProperties properties = TestProperties.with(settings);
    return new FollowUps(
        new RecordingStore(),
        new LinkSeal(properties),
        new QuietHours(properties),
        null,
        null,
        new MutableClock(AT),
        properties);
  }

  private final class RecordingStore implements ScheduleStore {

    @Override
    public boolean put(Scheduled item) {
      writes.add("put " + item.id());
      return true;
    }

    @Override
    public boolean putUnlessAnswered(Scheduled item, String callId) {
      writes.add("put " + item.id() + " " + callId);
      return true;
    }

    @Override
    public boolean putAllUnlessAnswered(List<FollowUp> followUps) {
      writes.add(
          "together " + followUps.stream().map(f -> f.item().id() + " " + f.callId()).toList());
      return !refuseTogether;
    }

    @Override
    public void answered(String id, String callId, Instant at) {
      writes.add("answered " + id + " " + callId);
    }

    @Override
    public void cancel(String id, Instant changedAt) {
      writes.add("cancel " + id);
    }

    @Override
    public List<Scheduled> due(Instant now, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Claimed> claim(String id, Instant now, Instant leaseUntil) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void done(String id, String token) {
      throw new UnsupportedOperationException();
    }
  }
}
