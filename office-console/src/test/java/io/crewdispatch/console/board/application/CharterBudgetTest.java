package io.crewdispatch.console.board.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crewdispatch.console.board.domain.CharterHistory;
import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.console.board.domain.Fields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A charter's item is never written over its budget: the facts that fit are stored, in the order
 * given, and the first that does not is refused by name; nothing is written for it, ever.
 */
class CharterBudgetTest {

  private static final String CHARTER = "budget-1";

  private final FlakyBoardStore store = new FlakyBoardStore();
  private final List<Object> woken = new ArrayList<>();
  private final RecordBoardEvent board = store.board(woken);

  @Test
  void factsThatFitAreStoredAndTheFirstThatDoesNotIsRefusedByName() {
    store.roomFor(3);
    board.record(CHARTER, List.of(fact(0), fact(1)));
    List<Fact> more = List.of(fact(2), fact(3), fact(4));

    CharterTooLarge refused =
        assertThrows(CharterTooLarge.class, () -> board.record(CHARTER, more));

    assertThat(refused.refused()).isEqualTo(more.get(1));
    assertThat(refused)
        .hasMessageContaining(
            "Charter " + CHARTER + " has no room for event " + more.get(1).eventId())
        .hasMessageContaining("would take 4 bytes, over the board's budget of 3 bytes");
    CharterHistory stored = store.charter(CHARTER).orElseThrow();
    assertThat(stored.facts()).hasSize(3).contains(more.get(0));
    assertThat(stored.version()).isEqualTo(3);
    assertThat(woken).as("the fact that fitted was stored and shown").hasSize(2);
  }

  @Test
  void aFullCharterWritesNothingForANewFactAndRefusesItEveryTime() {
    store.roomFor(2);
    board.record(CHARTER, List.of(fact(0), fact(1)));
    store.puts.clear();
    Fact next = fact(2);

    for (int attempt = 0; attempt < 2; attempt++) {
      CharterTooLarge refused = assertThrows(CharterTooLarge.class, () -> board.record(next));
      assertThat(refused.refused()).isEqualTo(next);
    }
    assertThat(store.puts).as("never written: the table would refuse it").isEmpty();
    assertThat(store.charter(CHARTER).orElseThrow().version()).isEqualTo(2);
    assertThat(woken).hasSize(1);
  }

  @Test
  void aRedeliveryToAFullCharterIsStillADuplicate() {
    store.roomFor(2);
    List<Fact> held = List.of(fact(0), fact(1));
    board.record(CHARTER, held);
    store.puts.clear();

    board.record(CHARTER, held);

    assertThat(store.puts).isEmpty();
    assertThat(woken).hasSize(1);
  }

  private static Fact fact(int minute) {
    return new Fact(
        CHARTER,
        UUID.randomUUID().toString(),
        Instant.parse("2026-06-01T16:00:00Z").plusSeconds(60L * minute),
        FactType.NOTIFIED,
        Map.of(Fields.KIND, "CALL", Fields.CHANNEL, "EMAIL"));
  }
}
