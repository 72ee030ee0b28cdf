package io.crewdispatch.reporting.ledger.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.events.WithdrawalReason;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.reporting.ReportingServiceTest;
import io.crewdispatch.reporting.ledger.application.CharterLedger;
import io.crewdispatch.reporting.ledger.domain.CharterStatus;
import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.Person;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The ledger built by the running service from events on the real broker, into DynamoDB Local. */
@ReportingServiceTest
class LedgerIT {

  static final YearMonth MARCH = YearMonth.of(2026, 3);

  @Autowired CharterLedger ledger;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void eventsInAnyOrderAndDeliveredTwiceMakeOneEntry() {
    String id = "CH-" + UUID.randomUUID();
    var staffed = Samples.charterStaffed(id);
    var invoiced = Samples.charterInvoiced(id);
    var completed = Samples.charterCompleted(id);
    var booked = booked(id, MARCH.atDay(12), LocalTime.of(10, 0));
    // Staffing reaches us before the booking; the invoice before completion; all twice.
    probe.publish(Topic.DISPATCH_EVENTS, id, staffed);
    probe.publish(Topic.CHARTER_EVENTS, id, booked);
    probe.publish(Topic.CHARTER_EVENTS, id, invoiced);
    probe.publish(Topic.DISPATCH_EVENTS, id, staffed);
    probe.publish(Topic.CHARTER_EVENTS, id, completed);
    probe.publish(Topic.CHARTER_EVENTS, id, invoiced);
    probe.publish(Topic.CHARTER_EVENTS, id, booked);

    LedgerEntry entry = awaitEntry(id, e -> e.appliedEventIds().size() == 4);
    assertThat(entry.version()).isEqualTo(4);
    assertThat(entry.status()).isEqualTo(CharterStatus.COMPLETED);
    assertThat(entry.invoice().amount()).isEqualByComparingTo("4250.00");
    assertThat(entry.reportableRevenue()).isEqualByComparingTo("4250.00");
    assertThat(entry.captain().crewId()).isEqualTo("alex-marlow");
    assertThat(entry.captain().email()).isEqualTo("alex-marlow@example.com");
    assertThat(entry.crew()).extracting(Person::crewId).containsExactly("jordan-reef", "sam-tide");
    assertThat(entry.month()).contains(MARCH);
    assertThat(entry.appliedEventIds())
        .isEqualTo(
            Set.of(
                staffed.getEventId(),
                booked.getEventId(),
                invoiced.getEventId(),
                completed.getEventId()));
  }

  @Test
  void anUnavailableCaptainIsClearedUntilTheNextCaptainConfirms() {
    String id = "CH-" + UUID.randomUUID();
    probe.publish(Topic.CHARTER_EVENTS, id, booked(id, MARCH.atDay(20), LocalTime.of(9, 0)));
    probe.publish(Topic.DISPATCH_EVENTS, id, Samples.captainConfirmed(id));
    CallWithdrawn withdrawn =
        CallWithdrawn.newBuilder(Samples.callWithdrawn(id))
            .setReason(WithdrawalReason.UNAVAILABLE)
            .build();
    probe.publish(Topic.DISPATCH_EVENTS, id, withdrawn);

    LedgerEntry released = awaitEntry(id, e -> e.hasApplied(withdrawn.getEventId()));
    assertThat(released.captain()).isNull();
    assertThat(released.status()).isEqualTo(CharterStatus.BOOKED);

    CaptainConfirmed next =
        CaptainConfirmed.newBuilder(Samples.captainConfirmed(id))
            .setCaptain(Samples.captain("casey-harbor"))
            .build();
    probe.publish(Topic.DISPATCH_EVENTS, id, next);
    LedgerEntry confirmed = awaitEntry(id, e -> e.hasApplied(next.getEventId()));
    assertThat(confirmed.captain().crewId()).isEqualTo("casey-harbor");
  }

  @Test
  void aWithdrawalForAnyOtherReasonLeavesTheCaptain() {
    String id = "CH-" + UUID.randomUUID();
    probe.publish(Topic.CHARTER_EVENTS, id, booked(id, MARCH.atDay(21), LocalTime.of(9, 0)));
    probe.publish(Topic.DISPATCH_EVENTS, id, Samples.captainConfirmed(id));
    probe.publish(Topic.DISPATCH_EVENTS, id, Samples.callWithdrawn(id)); // FILLED_BY_OTHER
    CharterInvoiced marker = Samples.charterInvoiced(id);
    probe.publish(Topic.DISPATCH_EVENTS, id, Samples.captainCalled(id));
    probe.publish(Topic.CHARTER_EVENTS, id, marker);

    LedgerEntry entry =
        awaitEntry(id, e -> e.hasApplied(marker.getEventId()) && e.captain() != null);
    assertThat(entry.captain().crewId()).isEqualTo("alex-marlow");
  }

  @Test
  void theMonthIndexListsBookedChartersInSailOrder() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String late = "CH-late-" + run;
    String early = "CH-early-" + run;
    String morning = "CH-morning-" + run;
    String notBooked = "CH-unbooked-" + run;
    probe.publish(Topic.CHARTER_EVENTS, late, booked(late, MARCH.atDay(28), LocalTime.of(9, 0)));
    probe.publish(Topic.CHARTER_EVENTS, early, booked(early, MARCH.atDay(2), LocalTime.of(15, 0)));
    probe.publish(
        Topic.CHARTER_EVENTS, morning, booked(morning, MARCH.atDay(2), LocalTime.of(8, 0)));
    probe.publish(Topic.DISPATCH_EVENTS, notBooked, Samples.charterStaffed(notBooked));
    probe.publish(
        Topic.CHARTER_EVENTS,
        "CH-april-" + run,
        booked("CH-april-" + run, MARCH.plusMonths(1).atDay(1), LocalTime.of(9, 0)));

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        ledger
                            .bookedIn(MARCH)
                            .map(LedgerEntry::charterId)
                            .filter(c -> c.endsWith(run))
                            .toList())
                    .isEqualTo(List.of(morning, early, late)));
    assertThat(ledger.find(notBooked)).isPresent();
  }

  @Test
  void anInvoiceWithANegativeAmountGoesToTheDeadLetterTopic() {
    String id = "CH-" + UUID.randomUUID();
    CharterInvoiced invoiced =
        CharterInvoiced.newBuilder(Samples.charterInvoiced(id))
            .setInvoicedAmount(new BigDecimal("-10.00"))
            .build();
    probe.publish(Topic.CHARTER_EVENTS, id, invoiced);

    assertThat(probe.awaitDeadLetter(Topic.CHARTER_EVENTS, id).reason())
        .contains("invoicedAmount is missing or negative");
    assertThat(ledger.find(id)).isEmpty();
  }

  /**
   * Every booking passes through here: a fetch's new charters start their entries in one
   * transaction (logged as one {@code PutItem} line, the way IAM authorizes it), not one put each.
   * Six bookings published together take one to three fetches; one put each would be six.
   */
  @Test
  void bookingsPublishedTogetherStartTheirEntriesInOneWritePerFetch() throws Exception {
    List<String> ids = ids(6);
    int before = operations().size();

    probe.publishAll(Topic.CHARTER_EVENTS, bookings(ids));

    ids.forEach(id -> assertThat(awaitEntry(id, e -> e.booking() != null).version()).isEqualTo(1));
    List<String> calls = operations().subList(before, operations().size());
    assertThat(calls.stream().filter(c -> c.equals("PutItem charter-ledger"))).hasSizeBetween(1, 3);
  }

  /**
   * A booking delivered again among new ones (or a reschedule, or staffing that came first) makes
   * the fetch's one write fail as a whole: each then takes its own way, and nothing is lost.
   */
  @Test
  void aBookingDeliveredAgainAmongNewOnesLeavesEveryEntryRight() {
    List<String> ids = ids(5);
    var first = booked(ids.get(0), MARCH.atDay(9), LocalTime.of(9, 0));
    probe.publish(Topic.CHARTER_EVENTS, ids.get(0), first);
    awaitEntry(ids.get(0), e -> e.hasApplied(first.getEventId()));
    probe.publish(Topic.DISPATCH_EVENTS, ids.get(1), Samples.charterStaffed(ids.get(1)));
    awaitEntry(ids.get(1), e -> e.captain() != null);

    List<Map.Entry<String, SpecificRecord>> again = new ArrayList<>(bookings(ids.subList(1, 5)));
    again.add(1, Map.entry(ids.get(0), first));
    probe.publishAll(Topic.CHARTER_EVENTS, again);

    assertThat(awaitEntry(ids.get(1), e -> e.booking() != null))
        .satisfies(e -> assertThat(e.version()).isEqualTo(2))
        .satisfies(e -> assertThat(e.captain().crewId()).isEqualTo("alex-marlow"));
    ids.subList(2, 5)
        .forEach(id -> assertThat(awaitEntry(id, e -> e.booking() != null).version()).isEqualTo(1));
    assertThat(ledger.find(ids.get(0)).orElseThrow().version()).isEqualTo(1);
  }

  private static List<String> ids(int count) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    return IntStream.range(0, count).mapToObj(i -> "CH-together-" + i + "-" + run).toList();
  }

  private List<Map.Entry<String, SpecificRecord>> bookings(List<String> ids) {
    return ids.stream()
        .<Map.Entry<String, SpecificRecord>>map(
            id -> Map.entry(id, booked(id, MARCH.atDay(10), LocalTime.of(10, 0))))
        .toList();
  }

  private static List<String> operations() throws IOException {
    return Files.readAllLines(Path.of("target/dynamodb-operations/reporting-service.txt"));
  }

  private CharterBooked booked(String id, LocalDate sailDate, LocalTime departure) {
    return CharterBooked.newBuilder(Samples.charterBooked(id))
        .setSailDate(sailDate)
        .setDepartureTime(departure)
        .setReturnTime(departure.plusHours(4))
        .build();
  }

  private LedgerEntry awaitEntry(String id, java.util.function.Predicate<LedgerEntry> ready) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> ledger.find(id).filter(ready), java.util.Optional::isPresent)
        .orElseThrow();
  }
}
