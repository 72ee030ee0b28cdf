package io.crewdispatch.reporting.statement.domain;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The office's own names for files and sheets, from patterns with {@code {month}} (formatted by
 * {@code monthFormat}, "May 2024" by default) and {@code {name}} (the person's name). Every name is
 * made safe for Drive and for file systems: {@code / \ : * ? " < > |} and control characters are
 * removed, runs of spaces become one, and the result is cut to a length every system accepts.
 */
public final class StatementNames {

  static final int MAX_LENGTH = 120;

  private final DateTimeFormatter monthFormat;
  private final String summary;
  private final String person;
  private final String payroll;
  private final String sheet;

  public StatementNames(
      String monthFormat,
      Locale locale,
      String summary,
      String person,
      String payroll,
      String sheet) {
    this.monthFormat = DateTimeFormatter.ofPattern(monthFormat, locale);
    this.summary = Objects.requireNonNull(summary, "summary");
    this.person = Objects.requireNonNull(person, "person");
    this.payroll = Objects.requireNonNull(payroll, "payroll");
    this.sheet = Objects.requireNonNull(sheet, "sheet");
  }

  /**
   * The office's habit: "May 2024 Revenue Statement.xlsx", "May 2024 Statement — Morgan Tide.xlsx".
   */
  public static StatementNames officeDefaults() {
    return new StatementNames(
        "MMMM yyyy",
        Locale.US,
        "{month} Revenue Statement",
        "{month} Statement — {name}",
        "{month} Payroll",
        "{month}");
  }

  public String summary(YearMonth month) {
    return safe(fill(summary, month, "")) + ".xlsx";
  }

  public String person(YearMonth month, String name) {
    return safe(fill(person, month, name)) + ".xlsx";
  }

  public String payroll(YearMonth month) {
    return safe(fill(payroll, month, "")) + ".csv";
  }

  /** The main sheet's name, before the workbook library's own limits (31 characters) apply. */
  public String sheet(YearMonth month) {
    return safe(fill(sheet, month, ""));
  }

  private String fill(String pattern, YearMonth month, String name) {
    return pattern.replace("{month}", monthFormat.format(month)).replace("{name}", name);
  }

  static String safe(String name) {
    String cleaned =
        name.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "").replaceAll("\\s+", " ").strip();
    cleaned = cleaned.replaceAll("^\\.+", "").strip();
    if (cleaned.length() > MAX_LENGTH) {
      cleaned = cleaned.substring(0, MAX_LENGTH).strip();
    }
    return cleaned.isEmpty() ? "statement" : cleaned;
  }
}
