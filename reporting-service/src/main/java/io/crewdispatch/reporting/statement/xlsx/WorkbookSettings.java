package io.crewdispatch.reporting.statement.xlsx;

/** How workbooks are streamed and formatted. */
record WorkbookSettings(int rowWindow, String dateFormat, String currencyFormat) {}
