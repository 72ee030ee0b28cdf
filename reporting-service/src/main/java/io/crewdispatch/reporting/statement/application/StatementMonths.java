package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.config.ReportingProperties;
import io.crewdispatch.reporting.ledger.application.CharterLedger;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which months may be asked for: a month the ledger knows (at least one charter booked for it), up
 * to the current one (month to date) in the operator's time zone; never a future one, whose
 * statement would say nothing true yet, and nothing before {@link #EARLIEST}, which no booking of
 * this system can have.
 */
@Component
public class StatementMonths {

  private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

  static final YearMonth EARLIEST = YearMonth.of(2000, 1);

  private final Clock clock;
  private final ZoneId zone;
  private final CharterLedger ledger;

  @Autowired
  public StatementMonths(Clock clock, ReportingProperties properties, CharterLedger ledger) {
    this(clock, properties.operatorTimeZone(), ledger);
  }

  StatementMonths(Clock clock, ZoneId zone, CharterLedger ledger) {
    this.clock = clock;
    this.zone = zone;
    this.ledger = ledger;
  }

  public YearMonth current() {
    return YearMonth.now(clock.withZone(zone));
  }

  /**
   * @throws InvalidMonthException when {@code text} is not a yyyy-MM month up to the current one
   */
  public YearMonth parse(String text) {
    YearMonth month;
    try {
      if (text == null || !FORMAT.matcher(text).matches()) {
        throw new DateTimeException("not yyyy-MM");
      }
      month = YearMonth.parse(text);
    } catch (DateTimeException e) {
      throw new InvalidMonthException(text, "must be a month as yyyy-MM, like 2026-06");
    }
    YearMonth current = current();
    if (month.isAfter(current)) {
      throw new InvalidMonthException(
          text,
          "must not be after the current month ("
              + current
              + " in "
              + zone.getId()
              + "): a future month has no statement yet");
    }
    if (month.isBefore(EARLIEST)) {
      throw new InvalidMonthException(text, "must be " + EARLIEST + " or later");
    }
    return month;
  }

  /**
   * A month to build: as {@link #parse}, and the ledger must know it.
   *
   * @throws MonthNotInLedgerException when no charter is booked for it
   */
  public YearMonth parseKnown(String text) {
    YearMonth month = parse(text);
    if (!ledger.knows(month)) {
      throw new MonthNotInLedgerException(
          text, "has no charter in the ledger: there is nothing to build for " + month);
    }
    return month;
  }
}
