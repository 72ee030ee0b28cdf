package io.crewdispatch.roster.member.domain;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Month tab names as offices write them: {@code June 2026}, {@code Jun 2026} or {@code 2026-06}.
 */
public final class MonthTabName {

  private static final DateTimeFormatter CANONICAL = formatter("MMMM uuuu");
  private static final List<DateTimeFormatter> ACCEPTED =
      List.of(CANONICAL, formatter("MMM uuuu"), formatter("uuuu-MM"));

  private MonthTabName() {}

  public static Optional<YearMonth> parse(String tabName) {
    String text = tabName.strip().replaceAll("\\s+", " ");
    for (DateTimeFormatter format : ACCEPTED) {
      try {
        return Optional.of(YearMonth.parse(text, format));
      } catch (DateTimeParseException notThisOne) {
        // try the next spelling
      }
    }
    return Optional.empty();
  }

  /** The name the service gives a month tab it creates ("June 2026"). */
  public static String of(YearMonth month) {
    return CANONICAL.format(month);
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }
}
