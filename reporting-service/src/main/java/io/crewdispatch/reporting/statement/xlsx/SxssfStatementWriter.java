package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.config.ReportingProperties;
import io.crewdispatch.reporting.pay.domain.PaidCharter;
import io.crewdispatch.reporting.pay.domain.PersonPay;
import io.crewdispatch.reporting.statement.application.StatementWriter;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StatementKind;
import io.crewdispatch.reporting.statement.domain.StatementNames;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.util.WorkbookUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Streams the month's charters once into the ops summary and, at the same time, into the statement
 * of each person on board (captains and crew), so memory holds a window of rows per open workbook
 * and a running total per person, whatever the size of the month.
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
            properties.workbook().currencyFormat(),
            properties.names().statementNames()));
  }

  SxssfStatementWriter(WorkbookSettings settings) {
    this.settings = settings;
  }

  @Override
  public List<BuiltStatement> write(YearMonth month, Stream<PaidCharter> charters, Path directory) {
    StatementNames names = settings.names();
    String sheetName = WorkbookUtil.createSafeSheetName(names.sheet(month));
    Map<String, PersonWorkbook> people = new LinkedHashMap<>();
    try (OpsWorkbook ops = new OpsWorkbook(sheetName, settings)) {
      charters.forEach(
          charter -> {
            ops.add(charter.entry());
            for (PersonPay pay : charter.pay()) {
              people
                  .computeIfAbsent(
                      pay.person().crewId(),
                      id -> new PersonWorkbook(pay.person(), sheetName, settings))
                  .add(charter.entry(), pay);
            }
          });
      List<PersonWorkbook> listed =
          people.values().stream()
              .sorted(
                  Comparator.comparing((PersonWorkbook p) -> !p.captain())
                      .thenComparing(p -> p.person().name())
                      .thenComparing(PersonWorkbook::crewId))
              .toList();
      ops.summarise(listed);
      List<BuiltStatement> built = new ArrayList<>();
      Set<String> used = new HashSet<>();
      String opsName = names.summary(month);
      used.add(opsName);
      ops.writeTo(directory.resolve(opsName));
      built.add(
          new BuiltStatement(
              StatementKind.OPS_SUMMARY, null, null, opsName, directory.resolve(opsName)));
      for (PersonWorkbook person : listed) {
        String name = names.person(month, person.person().name());
        if (!used.add(name)) {
          // Two people of one name: the Crew ID keeps their files apart.
          name = names.person(month, person.person().name() + " (" + person.crewId() + ")");
          used.add(name);
        }
        person.writeTo(directory.resolve(name));
        built.add(
            new BuiltStatement(
                person.captain() ? StatementKind.CAPTAIN : StatementKind.CREW,
                person.crewId(),
                person.person().email(),
                name,
                directory.resolve(name)));
      }
      return built;
    } finally {
      people.values().forEach(PersonWorkbook::close);
    }
  }
}
