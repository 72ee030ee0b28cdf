package io.crewdispatch.reporting.pay.domain;

import static io.crewdispatch.reporting.ledger.domain.Charters.booked;
import static io.crewdispatch.reporting.ledger.domain.Charters.cancelled;
import static io.crewdispatch.reporting.ledger.domain.Charters.completed;
import static io.crewdispatch.reporting.ledger.domain.Charters.invoiced;
import static io.crewdispatch.reporting.ledger.domain.Charters.staffed;
import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pay per person and charter, at the rates in force when the charter departed. */
class PayCalculatorTest {

  /** 09:30 in San Diego on 10 June 2026 (fixtures depart at 09:30). */
  static final Instant DEPARTURE = Instant.parse("2026-06-10T16:30:00Z");

  static final LocalDate SAIL = LocalDate.of(2026, 6, 10);

  static RateChange rate(String crewId, Instant from, String dayRate, String share) {
    return new RateChange(
        crewId,
        from,
        "ev-" + crewId + from,
        new PayRate(
            dayRate == null ? null : new BigDecimal(dayRate),
            share == null ? null : new BigDecimal(share)));
  }

  static final RateHistory RATES =
      RateHistory.of(
          List.of(
              rate("alex", Instant.parse("2026-01-01T00:00:00Z"), "300.00", "10"),
              // seen one minute after departure: applies to later charters only
              rate("alex", DEPARTURE.plusSeconds(60), "500.00", "20"),
              rate("jo", Instant.parse("2026-05-01T00:00:00Z"), "200", null),
              // seen one minute before departure: in force for this charter
              rate("sam", DEPARTURE.minusSeconds(60), "180.00", "2.5")));

  final PayCalculator calculator = new PayCalculator(RATES, CancellationPayPolicy.NOTHING);

  @Test
  void aSettledCharterPaysEachPersonTheirDayRateAndTheirShareOfTheInvoicedAmount() {
    LedgerEntry charter =
        invoiced(
            completed(staffed(booked("CH-1", SAIL, "1000.00"), "alex", "jo", "sam")), "950.10");

    PaidCharter paid = calculator.pay(charter);

    assertThat(paid.pay())
        .extracting(p -> p.person().crewId(), PersonPay::role, PersonPay::dayPay, PersonPay::share)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "alex", Role.CAPTAIN, money("300.00"), money("95.01")),
            org.assertj.core.groups.Tuple.tuple("jo", Role.CREW, money("200.00"), money("0.00")),
            // 2.5% of 950.10 = 23.7525: to the cent, half up
            org.assertj.core.groups.Tuple.tuple("sam", Role.CREW, money("180.00"), money("23.75")));
    assertThat(paid.totalPay()).isEqualTo(money("798.76"));
  }

  @Test
  void aRateChangedAfterDepartureDoesNotRewriteTheCharter() {
    LedgerEntry before = invoiced(completed(staffed(booked("CH-1", SAIL, "1000"), "alex")), "1000");
    LedgerEntry after =
        invoiced(completed(staffed(booked("CH-2", SAIL.plusDays(1), "1000"), "alex")), "1000");

    assertThat(calculator.pay(before).pay().get(0).total()).isEqualTo(money("400.00"));
    assertThat(calculator.pay(after).pay().get(0).total()).isEqualTo(money("700.00"));
  }

  @Test
  void beforeAnyKnownRateNothingIsInvented() {
    LedgerEntry early =
        invoiced(completed(staffed(booked("CH-0", LocalDate.of(2026, 4, 1), "800"), "jo")), "800");

    PersonPay jo = calculator.pay(early).pay().get(0);

    assertThat(jo.rate()).isEqualTo(PayRate.NONE);
    assertThat(jo.total()).isEqualTo(money("0.00"));
  }

  @Test
  void aCharterNotYetCompletedPaysNoDayRateAndAnUninvoicedOneNoShare() {
    PersonPay open = calculator.pay(staffed(booked("CH-3", SAIL, "1000"), "alex")).pay().get(0);
    PersonPay sailed =
        calculator.pay(completed(staffed(booked("CH-4", SAIL, "1000"), "alex"))).pay().get(0);

    assertThat(open.dayPay()).isEqualTo(money("0.00"));
    assertThat(open.worked()).isFalse();
    assertThat(sailed.dayPay()).isEqualTo(money("300.00"));
    assertThat(sailed.share()).isEqualTo(money("0.00"));
  }

  @Test
  void aCancelledCharterPaysNothingByDefaultAndWhatThePolicySaysOtherwise() {
    LedgerEntry charter =
        cancelled(invoiced(completed(staffed(booked("CH-5", SAIL, "1000"), "alex", "jo")), "1000"));

    assertThat(calculator.pay(charter).totalPay()).isEqualTo(money("0.00"));

    CancellationPayPolicy halfDay =
        (entry, person, role, rate) -> rate.dayRate().divide(BigDecimal.valueOf(2));
    PaidCharter paid = new PayCalculator(RATES, halfDay).pay(charter);
    assertThat(paid.pay())
        .extracting(PersonPay::dayPay, PersonPay::share, PersonPay::cancellationPay)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(money("150.00"), money("0.00"), money("150.00")),
            org.assertj.core.groups.Tuple.tuple(money("100.00"), money("0.00"), money("100.00")));
  }

  static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }
}
