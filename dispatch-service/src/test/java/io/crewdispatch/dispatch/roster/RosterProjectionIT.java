package io.crewdispatch.dispatch.roster;

import static io.crewdispatch.dispatch.support.Fixtures.captain;
import static io.crewdispatch.dispatch.support.Fixtures.changed;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueId;
import static io.crewdispatch.dispatch.support.Fixtures.uniqueSailDate;
import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.roster.application.CrewRoster;
import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.support.DispatchDriver;
import io.crewdispatch.dispatch.support.DispatchIntegrationTest;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Utils;
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
  void anOlderRecordReplayedAfterANewerOneDoesNotReplaceIt() throws Exception {
    String crewId = uniqueId("cap");
    RosterChanged older = captain(crewId, 1, day);
    RosterChanged newer =
        changed(older, RosterMember.newBuilder(older.getMember()).setName("Renamed").build());
    newer.put("occurredAt", older.getOccurredAt().plusSeconds(60));
    dispatch.roster(newer);

    // The older record arrives after the newer one (a replay, or a late producer): its own eventId
    // is new, so only the occurredAt guard keeps "Renamed". A member on the same partition,
    // published behind it, shows when it has been handled.
    dispatch.probe().publish(Topic.ROSTER_MEMBERS, crewId, older);
    RosterChanged marker = captain(keyOnSamePartition(crewId), 2, day);
    dispatch.roster(marker);

    assertThat(roster.find(crewId).map(CrewMember::name)).contains("Renamed");
  }

  /**
   * Another crew id that Kafka's default partitioner sends to the same partition as {@code key}.
   */
  private static String keyOnSamePartition(String key) throws Exception {
    int partitions;
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.kafkaBootstrapServers()))) {
      String topic = Topic.ROSTER_MEMBERS.topicName();
      partitions =
          admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
    }
    int target = partition(key, partitions);
    for (int i = 0; ; i++) {
      String candidate = key + "-marker-" + i;
      if (partition(candidate, partitions) == target) {
        return candidate;
      }
    }
  }

  private static int partition(String key, int partitions) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
  }
}
