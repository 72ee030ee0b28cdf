package io.crewdispatch.roster.sheet.sheets;

/** A1 notation for the Sheets API: {@code 'Sync Status'!B3:D3}. */
final class A1 {

  private A1() {}

  static String tab(String title) {
    return "'" + title.replace("'", "''") + "'";
  }

  /** One row's cells from {@code firstColumn} to {@code lastColumn}, zero-based. */
  static String row(String title, int row, int firstColumn, int lastColumn) {
    return tab(title)
        + "!"
        + column(firstColumn)
        + (row + 1)
        + ":"
        + column(lastColumn)
        + (row + 1);
  }

  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }
}
