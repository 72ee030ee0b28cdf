package io.crewdispatch.reporting.statement.domain;

import java.time.YearMonth;

/**
 * File names of a month's workbooks, like {@code statement-2026-06-ops-summary.xlsx} and {@code
 * statement-2026-06-alex-marlow.xlsx}. Crew IDs are slugs already; anything else a booking system
 * put there is reduced to a safe name.
 */
public final class StatementFileNames {

  private StatementFileNames() {}

  public static String opsSummary(YearMonth month) {
    return "statement-" + month + "-ops-summary.xlsx";
  }

  public static String captain(YearMonth month, String captainId) {
    String safe = captainId.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
    return "statement-" + month + "-" + (safe.isEmpty() ? "captain" : safe) + ".xlsx";
  }
}
