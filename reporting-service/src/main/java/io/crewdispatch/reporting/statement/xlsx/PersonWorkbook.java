package io.crewdispatch.reporting.statement.xlsx;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.Person;
import io.crewdispatch.reporting.pay.domain.PersonPay;
import io.crewdispatch.reporting.pay.domain.Role;
import io.crewdispatch.reporting.statement.domain.StatementTotals;
import java.math.BigDecimal;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One person's statement (a captain's or a crew member's), streamed alongside the summary. Name and
 * address are the ones dispatch gave on their latest charter of the month. It also keeps the sums
 * the summary's Captains and Pay sheets show for them.
 */
final class PersonWorkbook extends StreamedWorkbook {

  private final String crewId;
  private final PersonSheet sheet;
  private final StatementTotals captained = new StatementTotals();
  private Person person;
  private int charters;
  private BigDecimal reportable = BigDecimal.ZERO.setScale(2);
  private BigDecimal share = BigDecimal.ZERO.setScale(2);
  private BigDecimal dayPay = BigDecimal.ZERO.setScale(2);

  PersonWorkbook(Person person, String sheetName, WorkbookSettings settings) {
    super(settings);
    this.crewId = person.crewId();
    this.person = person;
    this.sheet = new PersonSheet(workbook(), style(), sheetName);
  }

  void add(LedgerEntry entry, PersonPay pay) {
    person = pay.person();
    sheet.add(entry, pay);
    if (pay.role() == Role.CAPTAIN) {
      captained.add(entry);
    }
    if (pay.worked() || pay.total().signum() > 0) {
      charters++;
    }
    reportable = reportable.add(pay.reportable());
    share = share.add(pay.share());
    dayPay = dayPay.add(pay.dayPay());
  }

  @Override
  void finish(SXSSFWorkbook workbook) {
    sheet.finish();
  }

  String crewId() {
    return crewId;
  }

  Person person() {
    return person;
  }

  /** Captained at least one charter of the month: a CAPTAIN statement, listed on Captains. */
  boolean captain() {
    return captained.listed() > 0;
  }

  /** The charters they captained, by the statement's rules. */
  StatementTotals captained() {
    return captained;
  }

  int charters() {
    return charters;
  }

  BigDecimal reportable() {
    return reportable;
  }

  BigDecimal share() {
    return share;
  }

  BigDecimal dayPay() {
    return dayPay;
  }
}
