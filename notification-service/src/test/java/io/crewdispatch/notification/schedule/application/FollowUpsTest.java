package io.crewdispatch.notification.schedule.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.support.MutableClock;
import io.crewdispatch.notification.support.TestProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What ends a follow-up costs a write only when a follow-up can exist: never with follow-ups off,
 * and not for a charter's first captain call. A fake of our own port records each write.
 */
class FollowUpsTest {

  static final String KEY = "dGVzdC1vbmx5LWxpbmsta2V5LTMyLWJ5dGVzLWxvbmc=";
  static final Instant AT = Instant.parse("2026-06-01T16:00:00Z");

  List<String> writes = new ArrayList<>();

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
