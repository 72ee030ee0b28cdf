package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.config.ReportingProperties;
import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.statement.application.StatementWriter;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StatementFileNames;
import io.crewdispatch.reporting.statement.domain.StatementKind;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Streams the month's charters once into the ops summary and, at the same time, into each captain's
 * statement, so memory holds a window of rows per open workbook and a running total per captain,
 * whatever the size of the month.
 */
@Component
class SxssfStatementWriter implements StatementWriter {

  private final WorkbookSettings settings;

  @Autowired
  SxssfStatementWriter(ReportingProperties properties) {
    this(
        new WorkbookSettings(
            properties.workbook().rowWindow(),
            properties.workbook().dateFormat(),
            properties.workbook().currencyFormat()));
  }

  SxssfStatementWriter(WorkbookSettings settings) {
    this.settings = settings;
  }

  @Override
  public List<BuiltStatement> write(YearMonth month, Stream<LedgerEntry> charters, Path directory) {
    Map<String, CaptainWorkbook> captains = new LinkedHashMap<>();
    try (OpsWorkbook ops = new OpsWorkbook(settings)) {
      charters.forEach(
          entry -> {
            ops.add(entry);
            if (entry.captain() != null) {
              captains
                  .computeIfAbsent(
                      entry.captain().crewId(),
                      id -> new CaptainWorkbook(entry.captain(), settings))
                  .add(entry);
            }
          });
      List<CaptainWorkbook> listed =
          captains.values().stream()
              .sorted(
                  Comparator.comparing((CaptainWorkbook c) -> c.captain().name())
                      .thenComparing(CaptainWorkbook::captainId))
              .toList();
      ops.summarise(listed);
      List<BuiltStatement> built = new ArrayList<>();
      String opsName = StatementFileNames.opsSummary(month);
      ops.writeTo(directory.resolve(opsName));
      built.add(
          new BuiltStatement(
              StatementKind.OPS_SUMMARY, null, null, opsName, directory.resolve(opsName)));
      for (CaptainWorkbook captain : listed) {
        String name = StatementFileNames.captain(month, captain.captainId());
        captain.writeTo(directory.resolve(name));
        built.add(
            new BuiltStatement(
                StatementKind.CAPTAIN,
                captain.captainId(),
                captain.captain().email(),
                name,
                directory.resolve(name)));
      }
      return built;
    } finally {
      captains.values().forEach(CaptainWorkbook::close);
    }
  }
}
