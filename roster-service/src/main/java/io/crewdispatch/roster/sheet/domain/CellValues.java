package io.crewdispatch.roster.sheet.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cell's value as the text a person sees: whole numbers without ".0", trimmed strings. */
public final class CellValues {

  private CellValues() {}

  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal number) {
      BigDecimal plain = number.stripTrailingZeros();
      return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
    if (value instanceof Boolean bool) {
      return bool ? "TRUE" : "FALSE";
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    // A non-breaking space pasted from a web page is still a space.
    return value.toString().replace('\u00A0', ' ').strip();
  }

  /**
   * A number a spreadsheet formats as a percentage (0.125 shown as 12.5%) as the text a person sees
   * there, at full precision: "12.5%".
   */
  public static String percentText(BigDecimal fraction) {
    return text(fraction.movePointRight(2)) + "%";
  }
}
