package io.crewdispatch.reporting.statement.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The payroll file: one row per person (crewId, name, charters, day-rate total, share total,
 * total), RFC 4180 CSV with a header, CRLF line ends, amounts as plain decimals. A cell starting
 * with {@code = + - @} is prefixed with an apostrophe so a spreadsheet never runs it as a formula.
 */
public final class PayrollCsv {

  static final String HEADER = "crewId,name,charters,dayRateTotal,shareTotal,total";

  private PayrollCsv() {}

  public static String of(Collection<MonthContents.PayrollRow> rows) {
    List<MonthContents.PayrollRow> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparing((MonthContents.PayrollRow r) -> r.person().name())
            .thenComparing(r -> r.person().crewId()));
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (MonthContents.PayrollRow row : sorted) {
      csv.append(cell(row.person().crewId()))
          .append(',')
          .append(cell(row.person().name()))
          .append(',')
          .append(row.charters())
          .append(',')
          .append(row.dayPay().toPlainString())
          .append(',')
          .append(row.share().toPlainString())
          .append(',')
          .append(row.total().toPlainString())
          .append("\r\n");
    }
    return csv.toString();
  }

  static String cell(String value) {
    String text = value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
    boolean quote = text.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n');
    return quote || !text.equals(text.strip()) ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
