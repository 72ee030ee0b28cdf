package io.crewdispatch.roster.member.domain;

import io.crewdispatch.roster.sheet.domain.CellValues;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What people type in cells, read the forgiving way: stray spaces, numbers stored as text. */
final class CellText {

  private static final Pattern WHOLE = Pattern.compile("[+]?\\d{1,9}(\\.0+)?");

  private CellText() {}

  static String text(Object value) {
    return CellValues.text(value);
  }

  static boolean isBlank(Object value) {
    return text(value).isEmpty();
  }

  /** Lower case, single spaces: for comparing names. */
  static String key(Object value) {
    return text(value).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  static Optional<Integer> wholeNumber(Object value) {
    if (value instanceof BigDecimal number) {
      try {
        return Optional.of(number.intValueExact());
      } catch (ArithmeticException notWhole) {
        return Optional.empty();
      }
    }
    String text = text(value);
    if (!WHOLE.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text).intValueExact());
  }
}
