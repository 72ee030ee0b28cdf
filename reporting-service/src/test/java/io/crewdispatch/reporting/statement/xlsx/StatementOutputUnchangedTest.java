package io.crewdispatch.reporting.statement.xlsx;

import static io.crewdispatch.reporting.ledger.domain.Charters.booked;
import static io.crewdispatch.reporting.ledger.domain.Charters.completed;
import static io.crewdispatch.reporting.ledger.domain.Charters.invoiced;
import static io.crewdispatch.reporting.ledger.domain.Charters.staffed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.pay.domain.CancellationPayPolicy;
import io.crewdispatch.reporting.pay.domain.PayCalculator;
import io.crewdispatch.reporting.statement.application.BuildMonth;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.MonthContents;
import io.crewdispatch.reporting.statement.domain.SentStatement;
import io.crewdispatch.reporting.statement.domain.StatementNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every cell of every workbook of two fixed months (type, formula text, cached result, format),
 * every statement's content digest and the payroll CSV, compared line by line with what the writer
 * produced before it was reworked for speed (golden/statement-months.txt.gz, made by commit
 * 142edad's writer and not rewritten by this test). A faster writer must write the same statements.
 */
class StatementOutputUnchangedTest {

  static final String GOLDEN = "/golden/statement-months.txt.gz";

  @TempDir Path dir;

  @Test
  void theWorkbooksDigestsAndPayrollOfAFixedMonthAreCellForCellAsBefore() throws IOException {
    List<String> actual = new ArrayList<>();
    // 240 invented charters: thirty people, rates raised mid-month, settled, open and cancelled
    actual.addAll(
        dump(
            SyntheticMonth.MONTH,
            SyntheticMonth.charters(240),
            SyntheticMonth.calculator(),
            "synthetic"));
    // the edge cases: no captain, cancelled after completion, a policy that pays a cancellation
    StatementWorkbookTest cases = new StatementWorkbookTest();
    CancellationPayPolicy flat = (charter, person, role, rate) -> rate.dayRate().movePointLeft(1);
    List<LedgerEntry> edge = new ArrayList<>(cases.month());
    edge.add(
        invoiced(
            completed(staffed(booked("CH-7", StatementWorkbookTest.JUNE.atDay(9), "77.70"), "jo")),
            "77.70"));
    actual.addAll(
        dump(
            StatementWorkbookTest.JUNE,
            edge.stream(),
            new PayCalculator(StatementWorkbookTest.RATES, flat),
            "edge"));

    Path written = Path.of("target", "statement-months-actual.txt.gz");
    write(written, actual);
    List<String> expected = golden();
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        fail(
            "line %d differs (all of it in %s)%n  before: %s%n  now:    %s",
            i + 1, written.toAbsolutePath(), expected.get(i), actual.get(i));
      }
    }
    assertThat(actual)
        .as("lines, all of it in %s", written.toAbsolutePath())
        .hasSameSizeAs(expected);
  }

  /** The statements of one month as the service builds them: workbooks, contents and payroll. */
  private List<String> dump(
      YearMonth month, Stream<LedgerEntry> charters, PayCalculator pay, String label)
      throws IOException {
    Path out = Files.createDirectories(dir.resolve(label));
    SxssfStatementWriter writer =
        new SxssfStatementWriter(
            new WorkbookSettings(
                7, "yyyy-mm-dd", "\"$\"#,##0.00", StatementNames.officeDefaults()));
    BuildMonth.Built result =
        new BuildMonth(writer, StatementNames.officeDefaults()).build(month, charters, pay, out);
    MonthContents contents = result.contents();
    List<BuiltStatement> built = result.workbooks();
    List<String> lines = new ArrayList<>();
    for (BuiltStatement statement : built) {
      lines.add(
          "== "
              + label
              + " "
              + statement.kind()
              + " "
              + statement.captainId()
              + " "
              + statement.captainEmail()
              + " "
              + statement.fileName());
      lines.addAll(WorkbookDump.of(statement.file()));
    }
    lines.add("== " + label + " summary " + content(contents.summary()));
    Map<String, SentStatement> people = new TreeMap<>(contents.people());
    people.forEach((id, c) -> lines.add("== " + label + " person " + id + " " + content(c)));
    lines.add("== " + label + " payroll");
    Files.readString(result.payroll().file()).lines().forEach(lines::add);
    return lines;
  }

  private static String content(SentStatement content) {
    return content.digest() + " " + content.totals() + " " + content.lines();
  }

  private static List<String> golden() throws IOException {
    try (InputStream in = StatementOutputUnchangedTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as(GOLDEN + " on the test class path").isNotNull();
      return new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .toList();
    }
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Files.createDirectories(file.getParent());
    try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }
  }
}
