package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StoredStatement;
import java.io.InputStream;
import java.time.YearMonth;

/** Where finished workbooks are kept for people: Google Drive, or a local folder. */
public interface StatementStore {

  StoredStatement store(YearMonth month, BuiltStatement statement);

  /**
   * The workbook's bytes as .xlsx.
   *
   * @throws StatementNotFoundException when it is no longer there
   */
  InputStream open(StoredStatement statement);

  /** Removes a file a newer build replaced (Drive moves it to the trash). */
  void discard(StoredStatement replaced);
}
