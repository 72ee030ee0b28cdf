package io.crewdispatch.roster.member.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Day headers and day cells of a month tab, in every spelling the sheet accepts. */
final class DayCell {

  /** Not a day header at all (a Notes column, say): ignored. */
  static final int NOT_A_DAY = Integer.MIN_VALUE;

  private static final List<DateTimeFormatter> DATES =
      List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("M/d/uuuu"));

  private DayCell() {}

  /**
   * The day number a header names (a number, "5", "5th" or a date), {@link #NOT_A_DAY} otherwise. A
   * date in another month gives a day past the month's end, so it is reported, not guessed.
   */
  static int dayNumber(Object header, YearMonth month) {
    LocalDate date = header instanceof LocalDate d ? d : isoDate(CellText.text(header));
    if (date != null) {
      return YearMonth.from(date).equals(month) ? date.getDayOfMonth() : 0;
    }
    if (header instanceof BigDecimal) {
      return CellText.wholeNumber(header).orElse(NOT_A_DAY);
    }
    String text = CellText.text(header).toLowerCase(Locale.ROOT).replaceAll("(st|nd|rd|th)$", "");
    return CellText.wholeNumber(text).orElse(NOT_A_DAY);
  }

  /** Empty for a blank cell (unknown); throws for a value nobody could read. */
  static Optional<DayAvailability> availability(Object cell) {
    if (cell instanceof Boolean ticked) {
      return Optional.of(ticked ? DayAvailability.AVAILABLE : DayAvailability.UNAVAILABLE);
    }
    String text = CellText.text(cell).toLowerCase(Locale.ROOT);
    return switch (text) {
      case "" -> Optional.empty();
      case "a", "y", "yes", "available", "avail", "✓", "✔", "☑", "true" ->
          Optional.of(DayAvailability.AVAILABLE);
      case "u", "n", "no", "unavailable", "unavail", "✗", "✘", "☒", "false" ->
          Optional.of(DayAvailability.UNAVAILABLE);
      default ->
          throw new IllegalArgumentException(
              "'" + CellText.text(cell) + "' is not A (available) or U (unavailable)");
    };
  }

  /**
   * A date written as text: ISO, or as Google Sheets shows a date cell in a US spreadsheet ({@code
   * 6/7/2026}, which is what its API returns for dates).
   */
  static LocalDate isoDate(String text) {
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException notThisOne) {
        // try the next spelling
      }
    }
    return null;
  }
}
