package io.crewdispatch.auth.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.auth.link.domain.Charter;
import io.crewdispatch.auth.link.domain.Role;
import io.crewdispatch.auth.portal.application.RecordPortalActivity.Activity;
import io.crewdispatch.auth.portal.domain.Seat;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A fetch's activity: one write per member called, whatever came between, and every seat. */
class RecordPortalActivityTest {

  private final List<String> writes = new ArrayList<>();
  private final RecordPortalActivity record = new RecordPortalActivity(store());

  @Test
  void aFetchsCallsToOneMemberAreOneWrite() {
    Seat seat =
        new Seat(
            "crew-ava",
            "ch-1",
            Role.CAPTAIN,
            new Charter(
                "Sea Lark",
                LocalDate.of(2027, 1, 9),
                LocalTime.of(10, 0),
                LocalTime.of(16, 0),
                ZoneId.of("America/Los_Angeles"),
                6),
            true,
            Instant.parse("2027-01-02T10:00:00Z"));

    record.record(
        List.of(
            Activity.called("crew-ava", "call-1"),
            Activity.called("crew-ben", "call-2"),
            Activity.seat(seat),
            Activity.called("crew-ava", "call-3"),
            Activity.called("crew-ava", "call-1")));

    assertThat(writes)
        .containsExactly(
            "addCalls crew-ava [call-1, call-3]",
            "addCalls crew-ben [call-2]",
            "recordSeat crew-ava ch-1");
  }

  @Test
  void nothingToRecordWritesNothing() {
    record.record(List.of());

    assertThat(writes).isEmpty();
  }

  /** Our port, recording the writes asked of it. */
  private PortalStore store() {
    return (PortalStore)
        Proxy.newProxyInstance(
            PortalStore.class.getClassLoader(),
            new Class<?>[] {PortalStore.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "addCalls" ->
                    writes.add("addCalls " + args[0] + " " + List.copyOf((Set<?>) args[1]));
                case "recordSeat" -> {
                  Seat seat = (Seat) args[0];
                  writes.add("recordSeat " + seat.crewId() + " " + seat.charterId());
                }
                default -> throw new UnsupportedOperationException(method.getName());
              }
              return null;
            });
  }
}
