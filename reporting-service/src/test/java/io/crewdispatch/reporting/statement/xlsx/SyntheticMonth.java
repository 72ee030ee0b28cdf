package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.ledger.domain.Booking;
import io.crewdispatch.reporting.ledger.domain.Invoice;
import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.Person;
import io.crewdispatch.reporting.ledger.domain.Settlement;
import io.crewdispatch.reporting.ledger.domain.Staffing;
import io.crewdispatch.reporting.pay.domain.CancellationPayPolicy;
import io.crewdispatch.reporting.pay.domain.PaidCharter;
import io.crewdispatch.reporting.pay.domain.PayCalculator;
import io.crewdispatch.reporting.pay.domain.PayRate;
import io.crewdispatch.reporting.pay.domain.RateChange;
import io.crewdispatch.reporting.pay.domain.RateHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A month of invented charters for benchmarks, produced lazily in sail order (as the ledger's month
 * index streams them) so that the input itself holds no memory: ten captains, two crew each, a mix
 * of settled, open and cancelled charters; with pay rates changed mid-month.
 */
final class SyntheticMonth {

  static final YearMonth MONTH = YearMonth.of(2026, 6);
  static final int CAPTAINS = 10;

  private SyntheticMonth() {}

  /**
   * The same charters with their pay: every captain 300 a day and 10 %, every crew member 180 and
   * (odd ones) 2.5 %, all raised mid-month, so half the month pays at the old rates.
   */
  static Stream<PaidCharter> paid(int count) {
    return charters(count).map(calculator()::pay);
  }

  /** Pays as {@link #paid} does. */
  static PayCalculator calculator() {
    List<RateChange> changes = new ArrayList<>();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    Instant raise = Instant.parse("2026-06-15T12:00:00Z");
    for (int c = 0; c < CAPTAINS; c++) {
      changes.add(change("captain-" + c, start, "300", "10"));
      changes.add(change("captain-" + c, raise, "320", "11"));
    }
    for (int m = 0; m < 2 * CAPTAINS; m++) {
      String share = m % 2 == 1 ? "2.5" : null;
      changes.add(change("crew-" + m, start, "180", share));
      changes.add(change("crew-" + m, raise, "190", share));
    }
    return new PayCalculator(RateHistory.of(changes), CancellationPayPolicy.NOTHING);
  }

  private static RateChange change(String crewId, Instant from, String day, String share) {
    return new RateChange(
        crewId,
        from,
        crewId + "@" + from,
        new PayRate(new BigDecimal(day), share == null ? null : new BigDecimal(share)));
  }

  static Stream<LedgerEntry> charters(int count) {
    return IntStream.range(0, count).mapToObj(i -> charter(i, count));
  }

  static LedgerEntry charter(int i, int count) {
    int day = 1 + (int) ((long) i * MONTH.lengthOfMonth() / count);
    int c = i % CAPTAINS;
    Person captain =
        new Person("captain-" + c, "Captain Number" + c, "captain-" + c + "@example.com");
    List<Person> crew =
        List.of(
            new Person("crew-" + (2 * c), "Crew Member" + (2 * c), null),
            new Person("crew-" + (2 * c + 1), "Crew Member" + (2 * c + 1), null));
    BigDecimal revenue = BigDecimal.valueOf(1500 + (i % 40) * 125L, 0).setScale(2);
    boolean cancelled = i % 10 == 9;
    boolean completed = i % 10 < 7;
    Invoice invoice = i % 10 < 6 || i % 10 == 8 ? new Invoice("INV-" + i, revenue) : null;
    return new LedgerEntry(
        "CH-" + (100_000 + i),
        7,
        Set.of(),
        new Booking(
            "Vessel " + (i % 5),
            MONTH.atDay(day),
            LocalTime.of(8 + i % 8, 0),
            LocalTime.of(12 + i % 8, 0),
            "America/Los_Angeles",
            2 + i % 20,
            2,
            revenue),
        new Staffing(captain, crew, true),
        new Settlement(cancelled, completed, invoice));
  }
}
