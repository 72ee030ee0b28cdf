package io.crewdispatch.dispatch.cascade.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.cascade.application.Outbox;
import io.crewdispatch.dispatch.cascade.application.OutboxRelayTest;
import io.crewdispatch.dispatch.cascade.application.StoredCharter;
import org.junit.jupiter.api.Test;

/** The copies kept: never stepped back a version, the least recently used dropped first. */
class LastSeenChartersTest {

  @Test
  void aWriteFinishingLateDoesNotStepTheCopyBack() {
    LastSeenCharters seen = new LastSeenCharters(8);

    seen.saw(stored("CH-1", 3));
    seen.saw(stored("CH-1", 2)); // an older write or read, recorded after the newer one

    assertThat(seen.get("CH-1").orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void beyondItsCapacityTheLeastRecentlyUsedIsDropped() {
    LastSeenCharters seen = new LastSeenCharters(2);
    seen.saw(stored("CH-1", 1));
    seen.saw(stored("CH-2", 1));
    seen.get("CH-1"); // used: CH-2 is now the least recently used

    seen.saw(stored("CH-3", 1));

    assertThat(seen.get("CH-1")).isPresent();
    assertThat(seen.get("CH-2")).isEmpty();
    assertThat(seen.get("CH-3")).isPresent();
  }

  private static StoredCharter stored(String charterId, long version) {
    return new StoredCharter(OutboxRelayTest.charter(charterId), version, Outbox.EMPTY);
  }
}
