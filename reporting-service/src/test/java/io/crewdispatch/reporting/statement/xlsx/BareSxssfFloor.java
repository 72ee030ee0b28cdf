package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.Person;
import io.crewdispatch.reporting.pay.domain.PaidCharter;
import io.crewdispatch.reporting.pay.domain.PersonPay;
import io.crewdispatch.reporting.pay.domain.Role;
import io.crewdispatch.reporting.statement.domain.StatementTotals;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The floor: the same workbooks, sheets, rows and cells as the service's build (every formula
 * written as the same text with the same cached result, the same styles), written with bare SXSSF
 * calls and nothing else: no content digest, no payroll, no names, no abstractions. {@code
 * FloorIsTheSameTaskTest} holds it to the build cell by cell, so the benchmark's ratio compares
 * like with like.
 */
final class BareSxssfFloor {

  static final String C = "Cancelled";

  private BareSxssfFloor() {}

  /** Writes the month; returns the files written, the summary first. */
  static List<Path> write(
      String sheetName,
      Stream<PaidCharter> charters,
      Path dir,
      int window,
      String dateFormat,
      String moneyFormat)
      throws IOException {
    Book ops = new Book(sheetName, window, dateFormat, moneyFormat, ChartersSheet.HEADERS);
    ops.widths(ChartersSheet.WIDTHS);
    StatementTotals all = new StatementTotals();
    StatementTotals unassigned = new StatementTotals();
    Map<String, Someone> people = new LinkedHashMap<>();
    try {
      charters.forEach(
          paid -> {
            LedgerEntry e = paid.entry();
            Row row = ops.sheet.createRow(ops.next++);
            String r = String.valueOf(ops.next);
            ops.date(row, e);
            row.createCell(1).setCellValue(e.charterId());
            row.createCell(2).setCellValue(e.booking().vessel());
            if (e.captain() != null) {
              row.createCell(3).setCellValue(e.captain().name());
            }
            if (!e.crew().isEmpty()) {
              row.createCell(4)
                  .setCellValue(
                      e.crew().stream().map(Person::name).collect(Collectors.joining(", ")));
            }
            ops.number(row, 5, e.booking().guestCount(), ops.style.integer);
            ops.number(row, 6, e.booking().totalRevenue().doubleValue(), ops.style.money);
            row.createCell(7).setCellValue(e.status().label());
            row.createCell(8).setCellValue(e.completed() ? "Yes" : "No");
            if (e.invoiced()) {
              ops.number(row, 9, e.invoice().amount().doubleValue(), ops.style.money);
            }
            ops.formula(
                row,
                10,
                "IF(AND(H"
                    + r
                    + "<>\""
                    + C
                    + "\",I"
                    + r
                    + "=\"Yes\",ISNUMBER(J"
                    + r
                    + ")),J"
                    + r
                    + ",0)",
                e.reportableRevenue().doubleValue(),
                ops.style.money);
            if (e.captain() != null) {
              row.createCell(11).setCellValue(e.captain().crewId());
            }
            all.add(e);
            if (e.captain() == null) {
              unassigned.add(e);
            }
            for (PersonPay pay : paid.pay()) {
              people
                  .computeIfAbsent(
                      pay.person().crewId(),
                      id -> new Someone(sheetName, window, dateFormat, moneyFormat))
                  .add(e, pay);
            }
          });
      List<Someone> listed =
          people.values().stream()
              .sorted(
                  Comparator.comparing((Someone p) -> p.captained.listed() == 0)
                      .thenComparing(p -> p.person.name())
                      .thenComparing(p -> p.person.crewId()))
              .toList();
      ops.totalsRow(all.counted(), sumsOf(all));
      captains(ops, listed, unassigned, all);
      pay(ops, listed);
      List<Path> files = new ArrayList<>();
      files.add(ops.writeTo(dir.resolve("floor-summary.xlsx")));
      int i = 0;
      for (Someone person : listed) {
        person.finish();
        files.add(person.book.writeTo(dir.resolve("floor-" + i++ + ".xlsx")));
      }
      return files;
    } finally {
      ops.close();
      for (Someone person : people.values()) {
        person.book.close();
      }
    }
  }

  private static double[] sumsOf(StatementTotals t) {
    return new double[] {
      t.guests(),
      t.revenue().doubleValue(),
      t.invoiced().doubleValue(),
      t.reportable().doubleValue()
    };
  }

  private static void captains(
      Book ops, List<Someone> listed, StatementTotals unassigned, StatementTotals all) {
    SXSSFSheet sheet = ops.workbook.createSheet(CaptainsSheet.NAME);
    ops.header(sheet, CaptainsSheet.HEADERS, CaptainsSheet.WIDTHS);
    String ref = "'" + ops.sheet.getSheetName().replace("'", "''") + "'!";
    int last = ops.next + 1;
    int r = 1;
    int captains = 0;
    for (Someone p : listed) {
      if (p.captained.listed() == 0) {
        continue;
      }
      captains++;
      Row row = sheet.createRow(r++);
      String by = ref + "$L$2:$L$" + last + ",$A" + r;
      String notC = ref + "$H$2:$H$" + last + ",\"<>" + C + "\"";
      row.createCell(0).setCellValue(p.person.crewId());
      row.createCell(1).setCellValue(p.person.name());
      ops.formula(
          row, 2, "COUNTIFS(" + by + "," + notC + ")", p.captained.counted(), ops.style.integer);
      ops.formula(
          row,
          3,
          "SUMIFS(" + ref + "$G$2:$G$" + last + "," + by + "," + notC + ")",
          p.captained.revenue().doubleValue(),
          ops.style.money);
      ops.formula(
          row,
          4,
          "SUMIFS(" + ref + "$K$2:$K$" + last + "," + by + ")",
          p.captained.reportable().doubleValue(),
          ops.style.money);
    }
    int total = r + (unassigned.listed() > 0 ? 3 : 2);
    if (unassigned.listed() > 0) {
      Row row = sheet.createRow(r++);
      row.createCell(1).setCellValue(CaptainsSheet.NO_CAPTAIN);
      String[] cols = {"C", "D", "E"};
      double[] v = {
        unassigned.counted(),
        unassigned.revenue().doubleValue(),
        unassigned.reportable().doubleValue()
      };
      for (int i = 0; i < 3; i++) {
        String f =
            captains == 0
                ? cols[i] + total
                : cols[i] + total + "-SUM(" + cols[i] + "2:" + cols[i] + (captains + 1) + ")";
        ops.formula(row, 2 + i, f, v[i], i == 0 ? ops.style.integer : ops.style.money);
      }
    }
    sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, CaptainsSheet.HEADERS.length - 1));
    Row row = sheet.createRow(total - 1);
    ops.text(row, 0, "Total", ops.style.totalLabel);
    int t = ops.next + 2;
    ops.formula(row, 2, ref + "B" + t, all.counted(), ops.style.totalInteger);
    ops.formula(row, 3, ref + "G" + t, all.revenue().doubleValue(), ops.style.totalMoney);
    ops.formula(row, 4, ref + "K" + t, all.reportable().doubleValue(), ops.style.totalMoney);
  }

  private static void pay(Book ops, List<Someone> listed) {
    SXSSFSheet sheet = ops.workbook.createSheet(PaySheet.NAME);
    ops.header(sheet, PaySheet.HEADERS, PaySheet.WIDTHS);
    int r = 1;
    long charters = 0;
    BigDecimal reportable = BigDecimal.ZERO;
    BigDecimal share = BigDecimal.ZERO;
    BigDecimal day = BigDecimal.ZERO;
    for (Someone p : listed) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(p.person.crewId());
      row.createCell(1).setCellValue(p.person.name());
      row.createCell(2).setCellValue(p.captained.listed() > 0 ? "Captain" : "Crew");
      ops.number(row, 3, p.paidCharters, ops.style.integer);
      ops.number(row, 4, p.reportable.doubleValue(), ops.style.money);
      ops.number(row, 5, p.share.doubleValue(), ops.style.money);
      ops.number(row, 6, p.day.doubleValue(), ops.style.money);
      ops.formula(row, 7, "F" + r + "+G" + r, p.share.add(p.day).doubleValue(), ops.style.money);
      charters += p.paidCharters;
      reportable = reportable.add(p.reportable);
      share = share.add(p.share);
      day = day.add(p.day);
    }
    sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, PaySheet.HEADERS.length - 1));
    int last = r + 1;
    Row row = sheet.createRow(last);
    ops.text(row, 0, "Total", ops.style.totalLabel);
    String[] cols = {"D", "E", "F", "G", "H"};
    double[] v = {
      charters,
      reportable.doubleValue(),
      share.doubleValue(),
      day.doubleValue(),
      share.add(day).doubleValue()
    };
    for (int i = 0; i < cols.length; i++) {
      ops.formula(
          row,
          3 + i,
          "SUM(" + cols[i] + "2:" + cols[i] + last + ")",
          v[i],
          i == 0 ? ops.style.totalInteger : ops.style.totalMoney);
    }
  }

  /** One person's workbook and running sums. */
  private static final class Someone {
    final Book book;
    final StatementTotals captained = new StatementTotals();
    Person person;
    int paidCharters;
    long counted;
    BigDecimal reportable = BigDecimal.ZERO.setScale(2);
    BigDecimal share = BigDecimal.ZERO.setScale(2);
    BigDecimal day = BigDecimal.ZERO.setScale(2);

    Someone(String sheetName, int window, String dateFormat, String moneyFormat) {
      book = new Book(sheetName, window, dateFormat, moneyFormat, PersonSheet.HEADERS);
      book.widths(PersonSheet.WIDTHS);
    }

    void add(LedgerEntry e, PersonPay pay) {
      person = pay.person();
      Row row = book.sheet.createRow(book.next++);
      String r = String.valueOf(book.next);
      book.date(row, e);
      row.createCell(1).setCellValue(e.charterId());
      row.createCell(2).setCellValue(e.booking().vessel());
      row.createCell(3).setCellValue(pay.role().label());
      row.createCell(4).setCellValue(e.status().label());
      row.createCell(5).setCellValue(e.completed() ? "Yes" : "No");
      if (e.invoiced()) {
        book.number(row, 6, e.invoice().amount().doubleValue(), book.style.money);
      }
      book.formula(
          row,
          7,
          "IF(AND(E" + r + "<>\"" + C + "\",F" + r + "=\"Yes\",ISNUMBER(G" + r + ")),G" + r + ",0)",
          pay.reportable().doubleValue(),
          book.style.money);
      book.number(row, 8, pay.rate().revenueSharePercent().doubleValue(), book.style.percent);
      book.formula(
          row,
          9,
          "ROUND(H" + r + "*I" + r + "/100,2)",
          pay.share().doubleValue(),
          book.style.money);
      book.number(row, 10, pay.rate().dayRate().doubleValue(), book.style.money);
      book.formula(
          row,
          11,
          "IF(E"
              + r
              + "=\""
              + C
              + "\","
              + pay.cancellationPay().toPlainString()
              + ",IF(F"
              + r
              + "=\"Yes\",K"
              + r
              + ",0))",
          pay.dayPay().doubleValue(),
          book.style.money);
      book.formula(row, 12, "J" + r + "+L" + r, pay.total().doubleValue(), book.style.money);
      if (!e.cancelled()) {
        counted++;
      }
      if (pay.role() == Role.CAPTAIN) {
        captained.add(e);
      }
      if (pay.worked() || pay.total().signum() > 0) {
        paidCharters++;
      }
      reportable = reportable.add(pay.reportable());
      share = share.add(pay.share());
      day = day.add(pay.dayPay());
    }

    void finish() {
      int last = book.next + 1;
      book.sheet.setAutoFilter(
          new CellRangeAddress(0, book.next - 1, 0, PersonSheet.HEADERS.length - 1));
      Row row = book.sheet.createRow(last);
      book.text(row, 0, "Total", book.style.totalLabel);
      book.formula(
          row,
          1,
          "COUNTA(B2:B" + last + ")-COUNTIF(E2:E" + last + ",\"" + C + "\")",
          counted,
          book.style.totalCount);
      String[] cols = {"H", "J", "L", "M"};
      int[] at = {7, 9, 11, 12};
      double[] v = {
        reportable.doubleValue(),
        share.doubleValue(),
        day.doubleValue(),
        share.add(day).doubleValue()
      };
      for (int i = 0; i < cols.length; i++) {
        book.formula(
            row,
            at[i],
            "SUM(" + cols[i] + "2:" + cols[i] + last + ")",
            v[i],
            book.style.totalMoney);
      }
    }
  }

  /** A workbook with its house styles (created once each) and its first sheet. */
  private static final class Book implements AutoCloseable {
    final SXSSFWorkbook workbook;
    final HouseStyle style;
    final SXSSFSheet sheet;
    int next = 1;

    Book(String sheetName, int window, String dateFormat, String moneyFormat, String[] headers) {
      workbook = new SXSSFWorkbook(null, window, true, false);
      style = new HouseStyle(workbook, dateFormat, moneyFormat);
      sheet = workbook.createSheet(sheetName);
      header(sheet, headers, null);
    }

    void widths(int[] widths) {
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
    }

    void header(SXSSFSheet target, String[] headers, int[] widths) {
      Row row = target.createRow(0);
      for (int c = 0; c < headers.length; c++) {
        text(row, c, headers[c], style.header);
        if (widths != null) {
          target.setColumnWidth(c, widths[c] * 256);
        }
      }
      target.createFreezePane(0, 1);
    }

    void date(Row row, LedgerEntry e) {
      Cell cell = row.createCell(0);
      cell.setCellValue(e.booking().sailDate());
      cell.setCellStyle(style.date);
    }

    void text(Row row, int column, String value, CellStyle cellStyle) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(cellStyle);
    }

    void number(Row row, int column, double value, CellStyle cellStyle) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(cellStyle);
    }

    void formula(Row row, int column, String formula, double value, CellStyle cellStyle) {
      Cell cell = row.createCell(column);
      cell.setCellFormula(formula);
      cell.setCellValue(value);
      cell.setCellStyle(cellStyle);
    }

    /** The summary's totals row, below a blank row reached by the ranges. */
    void totalsRow(long counted, double[] values) {
      int[] at = {5, 6, 9};
      int last = next + 1;
      sheet.setAutoFilter(new CellRangeAddress(0, next - 1, 0, ChartersSheet.HEADERS.length - 1));
      Row row = sheet.createRow(last);
      text(row, 0, "Total", style.totalLabel);
      formula(
          row,
          1,
          "COUNTA(B2:B" + last + ")-COUNTIF(H2:H" + last + ",\"" + C + "\")",
          counted,
          style.totalCount);
      String[] cols = {"F", "G", "J"};
      for (int i = 0; i < cols.length; i++) {
        formula(
            row,
            at[i],
            "SUMIFS(" + cols[i] + "2:" + cols[i] + last + ",H2:H" + last + ",\"<>" + C + "\")",
            values[i],
            i == 0 ? style.totalInteger : style.totalMoney);
      }
      formula(row, 10, "SUM(K2:K" + last + ")", values[3], style.totalMoney);
    }

    Path writeTo(Path file) throws IOException {
      workbook.setForceFormulaRecalculation(true);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
      return file;
    }

    @Override
    public void close() throws IOException {
      workbook.dispose();
      workbook.close();
    }
  }
}
