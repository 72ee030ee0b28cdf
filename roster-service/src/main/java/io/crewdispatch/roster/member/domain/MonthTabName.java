package io.crewdispatch.roster.member.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Month tab names as offices write them: {@code June 2026}, {@code Jun 2026}, {@code 2026-06},
 * {@code June Availability}, {@code June 2026 Availability} or {@code June}, in any case and
 * spacing. A name without a year means the next such month from today (this month included), which
 * is the month an office is planning when it names a tab that way.
 */
public final class MonthTabName {

  private static final DateTimeFormatter CANONICAL = formatter("MMMM uuuu");
  private static final List<DateTimeFormatter> WITH_YEAR =
      List.of(CANONICAL, formatter("MMM uuuu"), formatter("uuuu-MM"));
  private static final List<DateTimeFormatter> WITHOUT_YEAR =
      List.of(formatter("MMMM"), formatter("MMM"));
  private static final Pattern AVAILABILITY = Pattern.compile("(?i)\\s*availability$");

  private MonthTabName() {}

  public static Optional<YearMonth> parse(String tabName, LocalDate today) {
    String text = AVAILABILITY.matcher(tabName.strip().replaceAll("\\s+", " ")).replaceFirst("");
    for (DateTimeFormatter format : WITH_YEAR) {
      Optional<TemporalAccessor> parsed = attempt(text, format);
      if (parsed.isPresent()) {
        return parsed.map(YearMonth::from);
      }
    }
    for (DateTimeFormatter format : WITHOUT_YEAR) {
      Optional<TemporalAccessor> parsed = attempt(text, format);
      if (parsed.isPresent()) {
        return parsed.map(Month::from).map(m -> nextFrom(today, m));
      }
    }
    return Optional.empty();
  }

  /** The name the service gives a month tab it creates ("June 2026"). */
  public static String of(YearMonth month) {
    return CANONICAL.format(month);
  }

  private static YearMonth nextFrom(LocalDate today, Month month) {
    YearMonth candidate = YearMonth.of(today.getYear(), month);
    return candidate.isBefore(YearMonth.from(today)) ? candidate.plusYears(1) : candidate;
  }

  private static Optional<TemporalAccessor> attempt(String text, DateTimeFormatter format) {
    try {
      return Optional.of(format.parse(text));
    } catch (DateTimeParseException notThisOne) {
      return Optional.empty();
    }
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }
}
