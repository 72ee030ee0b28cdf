package io.crewdispatch.reporting.statement.xlsx;

import static io.crewdispatch.reporting.ledger.domain.Charters.booked;
import static io.crewdispatch.reporting.ledger.domain.Charters.cancelled;
import static io.crewdispatch.reporting.ledger.domain.Charters.completed;
import static io.crewdispatch.reporting.ledger.domain.Charters.invoiced;
import static io.crewdispatch.reporting.ledger.domain.Charters.staffed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.pay.domain.CancellationPayPolicy;
import io.crewdispatch.reporting.pay.domain.PaidCharter;
import io.crewdispatch.reporting.pay.domain.PayCalculator;
import io.crewdispatch.reporting.pay.domain.PayRate;
import io.crewdispatch.reporting.pay.domain.PersonPay;
import io.crewdispatch.reporting.pay.domain.RateChange;
import io.crewdispatch.reporting.pay.domain.RateHistory;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StatementKind;
import io.crewdispatch.reporting.statement.domain.StatementNames;
import io.crewdispatch.reporting.statement.domain.StatementTotals;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks, re-opened with XSSF (SXSSF has flushed its rows) and every formula evaluated by
 * POI's evaluator, against the ledger's own sums.
 */
class StatementWorkbookTest {

  static final YearMonth JUNE = YearMonth.of(2026, 6);

  @TempDir Path dir;

  static final String SHEET = "June 2026";

  SxssfStatementWriter writer =
      new SxssfStatementWriter(
          new WorkbookSettings(10, "yyyy-mm-dd", "\"$\"#,##0.00", StatementNames.officeDefaults()));

  /**
   * Alex: 300 a day and 10 %; Casey: 350 and 12.5 %, raised to 400 and 15 % on the evening of June
   * 6th (after CH-4 departed, before CH-6); crew Jo: 200, no share; Sam: 180 and 2.5 %.
   */
  static final RateHistory RATES =
      RateHistory.of(
          List.of(
              rate("alex", "2026-01-01T00:00:00Z", "300", "10"),
              rate("casey", "2026-01-01T00:00:00Z", "350", "12.5"),
              rate("casey", "2026-06-07T03:00:00Z", "400", "15"),
              rate("jo", "2026-01-01T00:00:00Z", "200", null),
              rate("sam", "2026-01-01T00:00:00Z", "180", "2.5")));

  static RateChange rate(String crewId, String from, String day, String share) {
    return new RateChange(
        crewId,
        Instant.parse(from),
        "ev-" + crewId + from,
        new PayRate(new BigDecimal(day), share == null ? null : new BigDecimal(share)));
  }

  static Stream<PaidCharter> paid(List<LedgerEntry> entries) {
    return paid(entries, CancellationPayPolicy.NOTHING);
  }

  static Stream<PaidCharter> paid(List<LedgerEntry> entries, CancellationPayPolicy policy) {
    PayCalculator calculator = new PayCalculator(RATES, policy);
    return entries.stream().map(calculator::pay);
  }

  /** Completed and invoiced, invoiced only, completed only, cancelled after both, no captain. */
  List<LedgerEntry> month() {
    LocalDate d = JUNE.atDay(3);
    return List.of(
        invoiced(completed(staffed(booked("CH-1", d, "1000.00"), "alex", "jo", "sam")), "950.00"),
        invoiced(staffed(booked("CH-2", d.plusDays(1), "2000.00"), "alex"), "2000.00"),
        completed(staffed(booked("CH-3", d.plusDays(2), "3000.00"), "casey")),
        cancelled(
            invoiced(
                completed(staffed(booked("CH-4", d.plusDays(3), "4000.00"), "casey")), "4000")),
        invoiced(completed(booked("CH-5", d.plusDays(4), "500.00")), "500.00"),
        invoiced(completed(staffed(booked("CH-6", d.plusDays(5), "1234.56"), "casey")), "1200.10"));
  }

  @Test
  void everyFormulaOfTheSummaryEqualsTheLedgersOwnSums() throws IOException {
    List<LedgerEntry> charters = month();
    List<BuiltStatement> built = writer.write(JUNE, paid(charters), dir);

    assertThat(built)
        .extracting(BuiltStatement::kind, BuiltStatement::captainId, BuiltStatement::fileName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                StatementKind.OPS_SUMMARY, null, "June 2026 Revenue Statement.xlsx"),
            org.assertj.core.groups.Tuple.tuple(
                StatementKind.CAPTAIN, "alex", "June 2026 Statement — Captain alex.xlsx"),
            org.assertj.core.groups.Tuple.tuple(
                StatementKind.CAPTAIN, "casey", "June 2026 Statement — Captain casey.xlsx"),
            org.assertj.core.groups.Tuple.tuple(
                StatementKind.CREW, "jo", "June 2026 Statement — Crew jo.xlsx"),
            org.assertj.core.groups.Tuple.tuple(
                StatementKind.CREW, "sam", "June 2026 Statement — Crew sam.xlsx"));
    StatementTotals expected = totals(charters);
    try (XSSFWorkbook workbook = open(built.get(0))) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      Sheet sheet = workbook.getSheet(SHEET);
      for (int i = 0; i < charters.size(); i++) {
        assertThat(evaluate(evaluator, sheet, i + 1, "K"))
            .as("reportable revenue of %s", charters.get(i).charterId())
            .isCloseTo(charters.get(i).reportableRevenue().doubleValue(), within(0.001));
      }
      int total = charters.size() + 2;
      assertThat(sheet.getRow(total).getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(evaluate(evaluator, sheet, total, "B")).isEqualTo(expected.counted());
      assertThat(evaluate(evaluator, sheet, total, "F")).isEqualTo(expected.guests());
      assertThat(evaluate(evaluator, sheet, total, "G"))
          .isCloseTo(expected.revenue().doubleValue(), within(0.001));
      assertThat(evaluate(evaluator, sheet, total, "J"))
          .isCloseTo(expected.invoiced().doubleValue(), within(0.001));
      assertThat(evaluate(evaluator, sheet, total, "K"))
          .isCloseTo(expected.reportable().doubleValue(), within(0.001));
    }
  }

  @Test
  void theCaptainsSheetSumsEachCaptainAndLeavesTheRestToNoCaptain() throws IOException {
    List<LedgerEntry> charters = month();
    List<BuiltStatement> built = writer.write(JUNE, paid(charters), dir);

    try (XSSFWorkbook workbook = open(built.get(0))) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      Sheet sheet = workbook.getSheet("Captains");
      assertThat(text(sheet, 1, "A")).isEqualTo("alex");
      assertThat(text(sheet, 2, "A")).isEqualTo("casey");
      assertThat(text(sheet, 3, "B")).isEqualTo("(no captain)");
      for (int row = 1; row <= 3; row++) {
        String captain = row == 3 ? null : text(sheet, row, "A");
        StatementTotals expected =
            totals(
                charters.stream()
                    .filter(
                        e ->
                            captain == null
                                ? e.captain() == null
                                : e.captain() != null && captain.equals(e.captain().crewId()))
                    .toList());
        assertThat(evaluate(evaluator, sheet, row, "C")).isEqualTo(expected.counted());
        assertThat(evaluate(evaluator, sheet, row, "D"))
            .isCloseTo(expected.revenue().doubleValue(), within(0.001));
        assertThat(evaluate(evaluator, sheet, row, "E"))
            .isCloseTo(expected.reportable().doubleValue(), within(0.001));
      }
      StatementTotals all = totals(charters);
      assertThat(text(sheet, 5, "A")).isEqualTo("Total");
      assertThat(evaluate(evaluator, sheet, 5, "E"))
          .isCloseTo(all.reportable().doubleValue(), within(0.001));
    }
  }

  @Test
  void aCancelledCharterAndAnInvoicedButNotCompletedOneCountZero() throws IOException {
    LocalDate d = JUNE.atDay(10);
    LedgerEntry cancelledAfterBoth =
        cancelled(invoiced(completed(staffed(booked("CH-C", d, "900.00"), "alex")), "900.00"));
    LedgerEntry invoicedOnly = invoiced(staffed(booked("CH-I", d, "700.00"), "alex"), "700.00");
    List<BuiltStatement> built =
        writer.write(JUNE, paid(List.of(cancelledAfterBoth, invoicedOnly)), dir);

    try (XSSFWorkbook workbook = open(built.get(0))) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      Sheet sheet = workbook.getSheet(SHEET);
      assertThat(text(sheet, 1, "H")).isEqualTo("Cancelled");
      assertThat(evaluate(evaluator, sheet, 1, "K")).isZero();
      assertThat(text(sheet, 2, "I")).isEqualTo("No");
      assertThat(evaluate(evaluator, sheet, 2, "K")).isZero();
      assertThat(evaluate(evaluator, sheet, 4, "K")).isZero();
      assertThat(evaluate(evaluator, sheet, 4, "G")).isEqualTo(700.0);
      assertThat(evaluate(evaluator, sheet, 4, "B")).isEqualTo(1.0);
    }
  }

  @Test
  void totalsFollowWhenTheOfficeEditsARow() throws IOException {
    List<LedgerEntry> charters = month();
    List<BuiltStatement> built = writer.write(JUNE, paid(charters), dir);

    try (XSSFWorkbook workbook = open(built.get(0))) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      Sheet sheet = workbook.getSheet(SHEET);
      int total = charters.size() + 2;
      double before = evaluate(evaluator, sheet, total, "K");
      // CH-2 was invoiced but not completed; the office marks it completed.
      // (XSSF would keep an inline string's old text beside a new value: clear the cell first.)
      cell(sheet, 2, "I").setBlank();
      cell(sheet, 2, "I").setCellValue("Yes");
      evaluator.clearAllCachedResultValues();
      assertThat(evaluate(evaluator, sheet, total, "K")).isCloseTo(before + 2000.0, within(0.001));
      assertThat(evaluate(evaluator, workbook.getSheet("Captains"), 1, "E"))
          .isCloseTo(950.0 + 2000.0, within(0.001));
    }
  }

  @Test
  void eachCaptainGetsOnlyTheirOwnChartersWithTotals() throws IOException {
    List<LedgerEntry> charters = month();
    List<BuiltStatement> built = writer.write(JUNE, paid(charters), dir);

    BuiltStatement casey = built.get(2);
    assertThat(casey.captainEmail()).isEqualTo("casey@example.com");
    List<LedgerEntry> theirs =
        charters.stream()
            .filter(e -> e.captain() != null && e.captain().crewId().equals("casey"))
            .toList();
    try (XSSFWorkbook workbook = open(casey)) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      Sheet sheet = workbook.getSheet(SHEET);
      assertThat(text(sheet, 1, "B")).isEqualTo("CH-3");
      assertThat(text(sheet, 3, "B")).isEqualTo("CH-6");
      int total = theirs.size() + 2;
      assertThat(evaluate(evaluator, sheet, total, "H"))
          .isCloseTo(totals(theirs).reportable().doubleValue(), within(0.001));
    }
  }

  @Test
  void theHouseFormatIsApplied() throws IOException {
    List<BuiltStatement> built = writer.write(JUNE, paid(month()), dir);

    try (XSSFWorkbook workbook = open(built.get(0))) {
      assertThat(workbook.getForceFormulaRecalculation()).isTrue();
      for (String name : List.of(SHEET, "Captains", "Pay")) {
        Sheet sheet = workbook.getSheet(name);
        XSSFCellStyle header = (XSSFCellStyle) sheet.getRow(0).getCell(0).getCellStyle();
        XSSFFont font = header.getFont();
        assertThat(font.getBold()).as(name).isTrue();
        assertThat(font.getXSSFColor().getARGBHex()).isEqualTo("FFFFFFFF");
        assertThat(header.getFillForegroundXSSFColor().getRGB())
            .containsExactly(0x36, 0x60, (byte) 0x92);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(
                ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet)
                    .getCTWorksheet()
                    .isSetAutoFilter())
            .isTrue();
      }
      Sheet charters = workbook.getSheet(SHEET);
      assertThat(charters.getRow(0).getCell(10).getStringCellValue())
          .isEqualTo("Reportable Revenue");
      assertThat(cell(charters, 1, "A").getCellStyle().getDataFormatString())
          .isEqualTo("yyyy-mm-dd");
      assertThat(cell(charters, 1, "A").getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(JUNE.atDay(3));
      assertThat(cell(charters, 1, "G").getCellStyle().getDataFormatString())
          .isEqualTo("\"$\"#,##0.00");
      assertThat(charters.getColumnWidth(4)).isEqualTo(36 * 256);
      assertThat(cell(charters, 1, "E").getStringCellValue()).isEqualTo("Crew jo, Crew sam");
    }
  }

  @Test
  void anEmptyMonthStillGivesTheOfficeASummaryOfZero() throws IOException {
    List<BuiltStatement> built = writer.write(JUNE, Stream.empty(), dir);

    assertThat(built).hasSize(1);
    try (XSSFWorkbook workbook = open(built.get(0))) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      assertThat(evaluate(evaluator, workbook.getSheet(SHEET), 2, "K")).isZero();
      assertThat(evaluate(evaluator, workbook.getSheet("Captains"), 2, "E")).isZero();
    }
  }

  @Test
  void everyPayFormulaOfEachPersonsStatementEqualsTheLedgersPay() throws IOException {
    List<LedgerEntry> charters = month();
    List<PaidCharter> paid = paid(charters).toList();
    List<BuiltStatement> built = writer.write(JUNE, paid.stream(), dir);

    for (BuiltStatement person : built.subList(1, built.size())) {
      List<PersonPay> theirs =
          paid.stream()
              .flatMap(c -> c.pay().stream())
              .filter(p -> p.person().crewId().equals(person.captainId()))
              .toList();
      try (XSSFWorkbook workbook = open(person)) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        Sheet sheet = workbook.getSheet(SHEET);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < theirs.size(); i++) {
          PersonPay pay = theirs.get(i);
          String row = person.captainId() + " row " + (i + 1);
          assertThat(evaluate(evaluator, sheet, i + 1, "H"))
              .as(row)
              .isCloseTo(pay.reportable().doubleValue(), within(0.001));
          assertThat(evaluate(evaluator, sheet, i + 1, "J"))
              .as(row)
              .isCloseTo(pay.share().doubleValue(), within(0.001));
          assertThat(evaluate(evaluator, sheet, i + 1, "L"))
              .as(row)
              .isCloseTo(pay.dayPay().doubleValue(), within(0.001));
          assertThat(evaluate(evaluator, sheet, i + 1, "M"))
              .as(row)
              .isCloseTo(pay.total().doubleValue(), within(0.001));
          total = total.add(pay.total());
        }
        int totals = theirs.size() + 2;
        assertThat(text(sheet, totals, "A")).isEqualTo("Total");
        assertThat(evaluate(evaluator, sheet, totals, "M"))
            .isCloseTo(total.doubleValue(), within(0.001));
      }
    }
  }

  @Test
  void aRateChangedMidMonthPaysEachCharterAtTheRateOfItsDay() throws IOException {
    List<BuiltStatement> built = writer.write(JUNE, paid(month()), dir);

    try (XSSFWorkbook workbook = open(built.get(2))) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      Sheet sheet = workbook.getSheet(SHEET);
      // CH-3, June 5th: completed, not invoiced: the old day rate, no share
      assertThat(text(sheet, 1, "B")).isEqualTo("CH-3");
      assertThat(cell(sheet, 1, "K").getNumericCellValue()).isEqualTo(350.0);
      assertThat(evaluate(evaluator, sheet, 1, "L")).isEqualTo(350.0);
      assertThat(evaluate(evaluator, sheet, 1, "J")).isZero();
      // CH-4, June 6th: cancelled after completion and invoice: nothing
      assertThat(evaluate(evaluator, sheet, 2, "M")).isZero();
      // CH-6, June 8th, after the raise: 400 a day and 15 % of 1,200.10 (180.015, to the cent)
      assertThat(cell(sheet, 3, "I").getNumericCellValue()).isEqualTo(15.0);
      assertThat(evaluate(evaluator, sheet, 3, "J")).isCloseTo(180.02, within(0.0001));
      assertThat(evaluate(evaluator, sheet, 3, "L")).isEqualTo(400.0);
      assertThat(evaluate(evaluator, sheet, 5, "M")).isCloseTo(930.02, within(0.0001));
    }
  }

  @Test
  void crewGetTheSameStatementWithTheirOwnPay() throws IOException {
    List<BuiltStatement> built = writer.write(JUNE, paid(month()), dir);

    BuiltStatement sam = built.get(4);
    assertThat(sam.kind()).isEqualTo(StatementKind.CREW);
    assertThat(sam.captainEmail()).isEqualTo("sam@example.com");
    try (XSSFWorkbook workbook = open(sam)) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      Sheet sheet = workbook.getSheet(SHEET);
      assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("Total");
      assertThat(text(sheet, 1, "B")).isEqualTo("CH-1");
      assertThat(text(sheet, 1, "D")).isEqualTo("Crew");
      // 2.5 % of the invoiced 950.00, and the day rate
      assertThat(evaluate(evaluator, sheet, 1, "J")).isCloseTo(23.75, within(0.0001));
      assertThat(evaluate(evaluator, sheet, 1, "M")).isCloseTo(203.75, within(0.0001));
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
    }
  }

  @Test
  void theSummaryTotalsPayPerPersonBesideRevenue() throws IOException {
    List<BuiltStatement> built = writer.write(JUNE, paid(month()), dir);

    try (XSSFWorkbook workbook = open(built.get(0))) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      Sheet pay = workbook.getSheet("Pay");
      assertThat(
              List.of(text(pay, 1, "A"), text(pay, 2, "A"), text(pay, 3, "A"), text(pay, 4, "A")))
          .containsExactly("alex", "casey", "jo", "sam");
      assertThat(text(pay, 3, "C")).isEqualTo("Crew");
      // alex: CH-1 300 + 95.00; CH-2 is not completed
      assertThat(cell(pay, 1, "E").getNumericCellValue()).isEqualTo(950.0);
      assertThat(evaluate(evaluator, pay, 1, "H")).isCloseTo(395.0, within(0.0001));
      assertThat(evaluate(evaluator, pay, 2, "H")).isCloseTo(930.02, within(0.0001));
      assertThat(text(pay, 6, "A")).isEqualTo("Total");
      assertThat(evaluate(evaluator, pay, 6, "H"))
          .isCloseTo(395.0 + 930.02 + 200.0 + 203.75, within(0.0001));
      assertThat(evaluate(evaluator, pay, 6, "G")).isCloseTo(300 + 750 + 200 + 180, within(0.0001));
    }
  }

  @Test
  void theCancellationPolicyIsWhatACancelledChartersDayPayFormulaPays() throws IOException {
    CancellationPayPolicy flat = (charter, person, role, rate) -> new BigDecimal("100");
    List<BuiltStatement> built = writer.write(JUNE, paid(month(), flat), dir);

    try (XSSFWorkbook workbook = open(built.get(2))) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      Sheet sheet = workbook.getSheet(SHEET);
      assertThat(text(sheet, 2, "E")).isEqualTo("Cancelled");
      assertThat(evaluate(evaluator, sheet, 2, "L")).isEqualTo(100.0);
      assertThat(evaluate(evaluator, sheet, 2, "J")).isZero();
    }
  }

  @Test
  void twoPeopleOfOneNameGetTwoFiles() {
    LedgerEntry one = staffed(booked("CH-A", JUNE.atDay(4), "100.00"), "alex");
    LedgerEntry two =
        booked("CH-B", JUNE.atDay(5), "100.00")
            .apply(
                new io.crewdispatch.reporting.ledger.domain.LedgerEvent.CaptainConfirmed(
                    "ev-b",
                    "CH-B",
                    new io.crewdispatch.reporting.ledger.domain.Person(
                        "alex-2", "Captain alex", null)));

    List<BuiltStatement> built = writer.write(JUNE, paid(List.of(one, two)), dir);

    assertThat(built)
        .extracting(BuiltStatement::fileName)
        .containsExactly(
            "June 2026 Revenue Statement.xlsx",
            "June 2026 Statement — Captain alex.xlsx",
            "June 2026 Statement — Captain alex (alex-2).xlsx");
  }

  static XSSFWorkbook open(BuiltStatement statement) throws IOException {
    try (var in = java.nio.file.Files.newInputStream(statement.file())) {
      return new XSSFWorkbook(in);
    }
  }

  static StatementTotals totals(List<LedgerEntry> entries) {
    StatementTotals totals = new StatementTotals();
    entries.forEach(totals::add);
    return totals;
  }

  static Cell cell(Sheet sheet, int row, String column) {
    Row r = sheet.getRow(row);
    int c = column.charAt(0) - 'A';
    return r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
  }

  static String text(Sheet sheet, int row, String column) {
    return cell(sheet, row, column).getStringCellValue();
  }

  /** Evaluates (not reads the cached result of) a formula cell. */
  static double evaluate(FormulaEvaluator evaluator, Sheet sheet, int row, String column) {
    Cell cell = cell(sheet, row, column);
    assertThat(cell.getCellType())
        .as("%s%d is a formula", column, row + 1)
        .isEqualTo(CellType.FORMULA);
    return evaluator.evaluate(cell).getNumberValue();
  }
}
