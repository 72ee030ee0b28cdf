package io.crewdispatch.roster.sheet.domain;

/** A merged block of cells, zero-based and inclusive, as the spreadsheet declares it. */
public record MergedRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

  boolean isSingleRow() {
    return firstRow == lastRow;
  }

  boolean contains(int row, int column) {
    return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
  }
}
