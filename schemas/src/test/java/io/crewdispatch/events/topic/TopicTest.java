package io.crewdispatch.events.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TopicTest {

  @Test
  void everyEventTypeBelongsToExactlyOneTopic() {
    var all = Arrays.stream(Topic.values()).flatMap(t -> t.eventTypes().stream()).toList();
    assertThat(all).doesNotHaveDuplicates().hasSize(27);
  }

  @Test
  void deadLetterTopicsResolveToTheirSource() {
    assertThat(Topic.forName("charter-events-dlt")).contains(Topic.CHARTER_EVENTS);
    assertThat(Topic.forName("roster-members")).contains(Topic.ROSTER_MEMBERS);
    assertThat(Topic.forName("something-else")).isEmpty();
    assertThat(Topic.AUTH_LINKS.deadLetterTopicName()).isEqualTo("auth-links-dlt");
  }

  @Test
  void onlyTheRosterTopicIsCompacted() {
    assertThat(Arrays.stream(Topic.values()).filter(Topic::compacted))
        .containsExactly(Topic.ROSTER_MEMBERS);
  }
}
