package io.crewdispatch.roster.support;

import java.math.BigDecimal;

/**
 * A number cell formatted as a percentage, as the office types "12.5%" into a spreadsheet: the
 * workbook holds 0.125 with a % format, Google's API answers 0.125 unformatted and "13%" (the
 * format's whole percent) formatted.
 */
public record Percent(BigDecimal fraction) {

  public static Percent of(String fraction) {
    return new Percent(new BigDecimal(fraction));
  }

  /** As a spreadsheet shows it with a "0%" format. */
  public String shown() {
    return fraction.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + "%";
  }
}
