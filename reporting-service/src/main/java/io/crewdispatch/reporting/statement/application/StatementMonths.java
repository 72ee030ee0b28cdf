package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.config.ReportingProperties;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which months may be asked for: any past month, and the current one (month to date) in the
 * operator's time zone; never a future one, whose statement would say nothing true yet.
 */
@Component
public class StatementMonths {

  private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

  private final Clock clock;
  private final ZoneId zone;

  @Autowired
  public StatementMonths(Clock clock, ReportingProperties properties) {
    this(clock, properties.operatorTimeZone());
  }

  StatementMonths(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
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
    return month;
  }
}
