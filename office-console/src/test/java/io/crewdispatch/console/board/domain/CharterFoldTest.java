package io.crewdispatch.console.board.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharterFoldTest {

  private static final Instant T0 = Instant.parse("2026-06-01T16:00:00Z");

  @Test
  void anyArrivalOrderFoldsToTheSameView() {
    List<Fact> inOrder = staffing();
    CharterView expected = CharterFold.fold("c-1", inOrder);
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      List<Fact> shuffled = new ArrayList<>(inOrder);
      Collections.shuffle(shuffled, random);
      assertThat(CharterFold.fold("c-1", shuffled)).isEqualTo(expected);
    }
    assertThat(expected.status()).isEqualTo(CharterStatus.STAFFED);
    assertThat(expected.captain()).isEqualTo(new Seat("alex", "Alex Marlow"));
    assertThat(expected.crew()).containsExactly(new Seat("jordan", "Jordan Reef"));
    assertThat(expected.openCalls()).isEmpty();
  }

  @Test
  void aStallIsLeftByTheNextCallAndACancelledCharterStaysCancelled() {
    List<Fact> facts = new ArrayList<>(staffing().subList(0, 1));
    facts.add(fact(10, FactType.STALLED, Map.of(Fields.REASON, "CAPTAINS_EXHAUSTED")));
    assertThat(CharterFold.fold("c-1", facts).status()).isEqualTo(CharterStatus.STALLED);
    facts.add(call(20, FactType.CAPTAIN_CALLED, "k2", "casey", "Casey Harbor"));
    CharterView calling = CharterFold.fold("c-1", facts);
    assertThat(calling.status()).isEqualTo(CharterStatus.CALLING_CAPTAIN);
    assertThat(calling.stallReason()).isNull();
    facts.add(fact(30, FactType.CANCELLED, Map.of()));
    facts.add(call(40, FactType.CAPTAIN_CALLED, "k3", "riley", "Riley Keel"));
    CharterView cancelled = CharterFold.fold("c-1", facts);
    assertThat(cancelled.status()).isEqualTo(CharterStatus.CANCELLED);
  }

  @Test
  void anExtendedCallKeepsItsNewDeadlineAndAReleasedCaptainLeavesTheSeat() {
    List<Fact> facts = new ArrayList<>(staffing());
    facts.add(
        fact(
            100,
            FactType.SEAT_RELEASED,
            Map.of(Fields.CREW_ID, "alex", Fields.NAME, "Alex Marlow", Fields.ROLE, "CAPTAIN")));
    facts.add(call(110, FactType.CAPTAIN_CALLED, "k9", "casey", "Casey Harbor"));
    facts.add(
        fact(
            120,
            FactType.CALL_EXTENDED,
            Map.of(
                Fields.CALL_ID, "k9",
                Fields.CREW_ID, "casey",
                Fields.RESPOND_BY, String.valueOf(T0.plusSeconds(9000).toEpochMilli()))));
    CharterView view = CharterFold.fold("c-1", facts);
    assertThat(view.captain()).isNull();
    assertThat(view.status()).isEqualTo(CharterStatus.CALLING_CAPTAIN);
    assertThat(view.openCalls())
        .singleElement()
        .satisfies(c -> assertThat(c.respondBy()).isEqualTo(T0.plusSeconds(9000)));
  }

  private static List<Fact> staffing() {
    return List.of(
        fact(
            0,
            FactType.BOOKED,
            Map.of(
                Fields.VESSEL, "Sea Breeze",
                Fields.SAIL_DATE, "2026-06-14",
                Fields.DEPARTURE, "09:30",
                Fields.ZONE, "America/Los_Angeles",
                Fields.CREW_REQUIRED, "1")),
        call(1, FactType.CAPTAIN_CALLED, "k1", "alex", "Alex Marlow"),
        fact(
            2,
            FactType.CAPTAIN_CONFIRMED,
            Map.of(Fields.CALL_ID, "k1", Fields.CREW_ID, "alex", Fields.NAME, "Alex Marlow")),
        call(3, FactType.CREW_CALLED, "k2", "jordan", "Jordan Reef"),
        fact(
            4,
            FactType.CREW_CONFIRMED,
            Map.of(Fields.CALL_ID, "k2", Fields.CREW_ID, "jordan", Fields.NAME, "Jordan Reef")));
  }

  private static Fact call(int second, FactType type, String callId, String crewId, String name) {
    return fact(
        second,
        type,
        Map.of(
            Fields.CALL_ID, callId,
            Fields.CREW_ID, crewId,
            Fields.NAME, name,
            Fields.RESPOND_BY, String.valueOf(T0.plusSeconds(3600).toEpochMilli())));
  }

  private static Fact fact(int second, FactType type, Map<String, String> fields) {
    return new Fact("c-1", "e-" + second, T0.plusSeconds(second), type, fields);
  }
}
