package io.crewdispatch.roster.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.WithdrawalReason;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.roster.sheet.domain.Tab;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.Samples;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The Assignments tab kept from dispatch and charter events, whichever adapter holds the sheet: one
 * row per charter, updated in place, redeliveries changing nothing, a person's cells untouched.
 */
abstract class AssignmentsBehaviour extends RosterSyncBehaviour {

  static final List<Object> HEADERS =
      row("Date", "Departure", "Vessel", "Charter ID", "Captain", "Crew", "Status", "Notes");

  @Test
  void aCharterGetsOneRowThatFollowsItsStaffingUntilItIsCancelled() {
    String charterId = "charter-" + s;
    String other = "other-" + s;
    sheet()
        .replaceWith(
            List.of(
                roster(captain("cap-" + s, 1)),
                Tab.of(
                    "Assignments",
                    List.of(
                        HEADERS,
                        row(
                            "2026-06-01",
                            "10:00",
                            "Blue Gull",
                            other,
                            "Someone",
                            "",
                            "STAFFED",
                            "bring ice")))));

    CaptainConfirmed confirmed = Samples.captainConfirmed(charterId);
    probe.publish(Topic.DISPATCH_EVENTS, charterId, confirmed);
    awaitRow(
        charterId,
        "2026-06-14",
        "09:30",
        "Sea Breeze",
        charterId,
        "Alex Marlow",
        "",
        "CALLING_CREW");

    CharterStaffed staffed =
        CharterStaffed.newBuilder(Samples.charterStaffed(charterId))
            .setCrew(
                List.of(
                    Samples.crew("jordan-reef"), named(Samples.crew("casey-" + s), "Casey Deck")))
            .build();
    probe.publish(Topic.DISPATCH_EVENTS, charterId, staffed);
    awaitRow(
        charterId,
        "2026-06-14",
        "09:30",
        "Sea Breeze",
        charterId,
        "Alex Marlow",
        "Jordan Reef, Casey Deck",
        "STAFFED");
    long version = version(charterId);

    probe.publish(Topic.DISPATCH_EVENTS, charterId, staffed); // redelivered: changes nothing
    CallWithdrawn withdrawn =
        CallWithdrawn.newBuilder(Samples.callWithdrawn(charterId))
            .setCallee(Samples.crew("jordan-reef"))
            .setReason(WithdrawalReason.UNAVAILABLE)
            .build();
    probe.publish(Topic.DISPATCH_EVENTS, charterId, withdrawn);
    awaitRow(
        charterId,
        "2026-06-14",
        "09:30",
        "Sea Breeze",
        charterId,
        "Alex Marlow",
        "Casey Deck",
        "CALLING_CREW");
    assertThat(version(charterId)).isEqualTo(version + 1);

    probe.publish(Topic.CHARTER_EVENTS, charterId, Samples.charterCancelled(charterId));
    awaitRow(
        charterId,
        "2026-06-14",
        "09:30",
        "Sea Breeze",
        charterId,
        "Alex Marlow",
        "Casey Deck",
        "CANCELLED");

    List<List<String>> tab = sheet().tab("Assignments");
    assertThat(tab.stream().filter(r -> r.size() > 3 && r.get(3).equals(charterId))).hasSize(1);
    assertThat(tab.get(1))
        .containsExactly(
            "2026-06-01", "10:00", "Blue Gull", other, "Someone", "", "STAFFED", "bring ice");
  }

  @Test
  void aCharterCancelledAndBookedAgainHasItsRowFollowTheNewBooking() {
    String charterId = "resched-" + s;
    sheet().replaceWith(List.of(roster(captain("cap-" + s, 1))));
    probe.publish(Topic.DISPATCH_EVENTS, charterId, Samples.charterStaffed(charterId));
    probe.publish(Topic.CHARTER_EVENTS, charterId, Samples.charterCancelled(charterId));
    awaitRow(
        charterId,
        "2026-06-14",
        "09:30",
        "Sea Breeze",
        charterId,
        "Alex Marlow",
        "Jordan Reef, Jordan Reef",
        "CANCELLED");

    Instant rebooked = Samples.NOW.plus(Duration.ofHours(1));
    CharterBooked again =
        CharterBooked.newBuilder(Samples.charterBooked(charterId))
            .setOccurredAt(rebooked)
            .setSailDate(LocalDate.of(2026, 6, 21))
            .setDepartureTime(LocalTime.of(10, 0))
            .build();
    probe.publish(Topic.CHARTER_EVENTS, charterId, again);
    awaitRow(charterId, "2026-06-21", "10:00", "Sea Breeze", charterId, "", "", "CALLING_CAPTAIN");

    // A late withdrawal from the cancelled booking must not cancel the new one.
    CallWithdrawn late =
        CallWithdrawn.newBuilder(Samples.callWithdrawn(charterId))
            .setReason(WithdrawalReason.CHARTER_CANCELLED)
            .build();
    CaptainConfirmed confirmed =
        CaptainConfirmed.newBuilder(Samples.captainConfirmed(charterId))
            .setOccurredAt(rebooked.plus(Duration.ofMinutes(5)))
            .setCharter(
                CharterSummary.newBuilder(Samples.charterSummary())
                    .setSailDate(LocalDate.of(2026, 6, 21))
                    .setDepartureTime(LocalTime.of(10, 0))
                    .build())
            .build();
    probe.publish(Topic.DISPATCH_EVENTS, charterId, late);
    probe.publish(Topic.DISPATCH_EVENTS, charterId, confirmed);
    awaitRow(
        charterId,
        "2026-06-21",
        "10:00",
        "Sea Breeze",
        charterId,
        "Alex Marlow",
        "",
        "CALLING_CREW");
    assertThat(
            sheet().tab("Assignments").stream()
                .filter(r -> r.size() > 3 && r.get(3).equals(charterId)))
        .hasSize(1);
  }

  @Test
  void theAssignmentsTabIsCreatedWhenTheSheetHasNone() {
    String charterId = "charter-" + s;
    sheet().replaceWith(List.of(roster(captain("cap-" + s, 1))));

    probe.publish(Topic.DISPATCH_EVENTS, charterId, Samples.charterStaffed(charterId));

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              List<List<String>> tab = sheet().tab("Assignments");
              assertThat(tab).hasSizeGreaterThanOrEqualTo(2);
              assertThat(tab.get(0))
                  .containsExactly(
                      "Date", "Departure", "Vessel", "Charter ID", "Captain", "Crew", "Status");
              assertThat(tab.get(1).get(3)).isEqualTo(charterId);
              assertThat(tab.get(1).get(6)).isEqualTo("STAFFED");
            });
  }

  /**
   * Confirmations that arrive together are written with one read and one write of the sheet: each
   * charter still gets a row of its own, none over another's.
   */
  @Test
  void confirmationsPublishedTogetherGetARowEach() {
    sheet().replaceWith(List.of(roster(captain("cap-" + s, 1))));
    List<String> charters = together();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(sheet().tab("Assignments").stream().skip(1).map(r -> r.get(3)))
                    .containsExactlyInAnyOrderElementsOf(charters));
    assertThat(sheet().tab("Assignments").stream().skip(1).map(r -> r.get(6)))
        .containsOnly("CALLING_CREW");
  }

  /** Six charters confirmed, published at once so the listener can take them in one fetch. */
  List<String> together() {
    List<String> charters = new ArrayList<>();
    List<Map.Entry<String, SpecificRecord>> events = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String charterId = "together-" + i + "-" + s;
      charters.add(charterId);
      events.add(Map.entry(charterId, Samples.captainConfirmed(charterId)));
    }
    probe.publishAll(Topic.DISPATCH_EVENTS, events);
    return charters;
  }

  private void awaitRow(String charterId, String... cells) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(sheet().tab("Assignments"))
                    .anySatisfy(
                        r ->
                            assertThat(r.subList(0, Math.min(7, r.size())))
                                .containsExactly(cells)));
  }

  private static io.crewdispatch.events.Callee named(
      io.crewdispatch.events.Callee callee, String name) {
    return io.crewdispatch.events.Callee.newBuilder(callee).setName(name).build();
  }

  private static long version(String charterId) {
    Map<String, AttributeValue> item =
        Infrastructure.dynamoDb()
            .getItem(
                r ->
                    r.tableName("test-roster-assignments")
                        .key(Map.of("charterId", AttributeValue.fromS(charterId)))
                        .consistentRead(true))
            .item();
    return Long.parseLong(item.get("version").n());
  }
}
