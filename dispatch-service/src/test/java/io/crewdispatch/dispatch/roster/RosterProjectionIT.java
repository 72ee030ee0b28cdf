package io.crewdispatch.dispatch.roster;

import static io.crewdispatch.dispatch.support.Fixtures.captain;
import static io.crewdispatch.dispatch.support.Fixtures.changed;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.dispatch.roster.application.CrewRoster;
import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.events.topic.Topic;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Flow 8's other end: dispatch's own, persisted view of the roster. */
@DispatchIntegrationTest
class RosterProjectionIT {

  @Autowired CrewRoster roster;
  DispatchDriver dispatch;
  LocalDate day = uniqueSailDate();

  @BeforeEach
  void open() {
    dispatch = new DispatchDriver();
  }

  @AfterEach
  void close() {
    dispatch.close();
  }

  @Test
  void theWholeRecordIsKeptAsTheRosterSentIt() {
    String crewId = uniqueId("cap");
    RosterChanged change = captain(crewId, 3, day);
    change.getMember().put("pairedCaptainByMonth", Map.of("2027-06", "someone"));

    dispatch.roster(change);

    CrewMember stored = roster.find(crewId).orElseThrow();
    assertThat(stored.name()).isEqualTo("Test " + crewId);
    assertThat(stored.email()).isEqualTo(crewId + "@example.com");
    assertThat(stored.phone()).isEqualTo("+1 555 0103");
    assertThat(stored.cascadeOrder()).isEqualTo(3);
    assertThat(stored.active()).isTrue();
    assertThat(stored.availableOn(day)).isTrue();
    assertThat(stored.pairedCaptain(YearMonth.of(2027, 6))).contains("someone");
  }

  @Test
  void anOlderRecordReplayedAfterANewerOneDoesNotReplaceIt() {
    String crewId = uniqueId("cap");
    RosterChanged older = captain(crewId, 1, day);
    RosterChanged newer =
        changed(older, RosterMember.newBuilder(older.getMember()).setName("Renamed").build());
    newer.put("occurredAt", older.getOccurredAt().plusSeconds(60));
    dispatch.roster(older);
    dispatch.roster(newer);

    dispatch.probe().publish(Topic.ROSTER_MEMBERS, crewId, older);
    dispatch.probe().publish(Topic.ROSTER_MEMBERS, crewId, newer);

    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(3))
        .until(() -> roster.find(crewId).map(CrewMember::name).orElse(""), "Renamed"::equals);
  }
}
