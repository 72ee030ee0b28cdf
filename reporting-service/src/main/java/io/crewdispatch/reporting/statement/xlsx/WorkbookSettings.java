package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.statement.domain.StatementNames;

/** How workbooks are streamed, formatted and named. */
record WorkbookSettings(
    int rowWindow, String dateFormat, String currencyFormat, StatementNames names) {}
