package io.crewdispatch.reporting.pay.domain;

import io.crewdispatch.reporting.ledger.domain.Booking;
import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.Person;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Pay per person and charter (DESIGN.md flow 16): the day rate for a charter worked (completed and
 * not cancelled), plus the revenue share percent of its reportable revenue (completed, invoiced,
 * not cancelled: the invoiced amount), at the rates in force when it departed. A cancelled charter
 * pays what the {@link CancellationPayPolicy} says, and no share (its reportable revenue is zero).
 */
public final class PayCalculator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final RateHistory rates;
  private final CancellationPayPolicy cancellation;

  public PayCalculator(RateHistory rates, CancellationPayPolicy cancellation) {
    this.rates = rates;
    this.cancellation = cancellation;
  }

  public PaidCharter pay(LedgerEntry entry) {
    List<PersonPay> pay = new ArrayList<>();
    if (entry.captain() != null) {
      pay.add(pay(entry, entry.captain(), Role.CAPTAIN));
    }
    for (Person crew : entry.crew()) {
      pay.add(pay(entry, crew, Role.CREW));
    }
    return new PaidCharter(entry, pay);
  }

  private PersonPay pay(LedgerEntry entry, Person person, Role role) {
    PayRate rate = rates.rateAt(person.crewId(), departure(entry.booking()));
    BigDecimal reportable = entry.reportableRevenue();
    BigDecimal share =
        reportable.multiply(rate.revenueSharePercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    boolean worked = entry.completed() && !entry.cancelled();
    BigDecimal cancellationPay =
        entry.cancelled()
            ? cancellation
                .payForCancelled(entry, person, role, rate)
                .setScale(2, RoundingMode.HALF_UP)
            : BigDecimal.ZERO.setScale(2);
    BigDecimal dayPay =
        entry.cancelled() ? cancellationPay : worked ? rate.dayRate() : BigDecimal.ZERO.setScale(2);
    return new PersonPay(person, role, rate, reportable, share, dayPay, cancellationPay, worked);
  }

  private static Instant departure(Booking booking) {
    return booking.sailDate().atTime(booking.departureTime()).atZone(zone(booking)).toInstant();
  }

  private static ZoneId zone(Booking booking) {
    return booking.timeZone() == null
        ? ZoneId.of("America/Los_Angeles")
        : ZoneId.of(booking.timeZone());
  }
}
