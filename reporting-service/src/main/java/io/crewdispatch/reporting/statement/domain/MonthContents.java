package io.crewdispatch.reporting.statement.domain;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.Person;
import io.crewdispatch.reporting.pay.domain.PaidCharter;
import io.crewdispatch.reporting.pay.domain.PersonPay;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The month's content as the ledger says it, read alongside the workbooks: what the summary and
 * each person's statement hold (to tell an unchanged rebuild from a changed one) and each person's
 * pay (the payroll).
 */
public final class MonthContents {

  private final StatementContent summary = new StatementContent();
  private final Map<String, StatementContent> people = new HashMap<>();
  private final Map<String, PayrollRow> payroll = new LinkedHashMap<>();

  /**
   * Reads one charter. Its own values are joined once and shared by the summary's row and each
   * person's; labels and figures are made only while a statement still keeps its charters' lines.
   */
  public void add(PaidCharter charter) {
    LedgerEntry entry = charter.entry();
    String charterRow = charterRow(entry);
    List<PersonPay> pays = charter.pay();
    String[] payRows = new String[pays.size()];
    StringBuilder summaryRow = new StringBuilder(charterRow.length() + 64 * pays.size());
    summaryRow.append(charterRow);
    for (int i = 0; i < payRows.length; i++) {
      payRows[i] = payRow(pays.get(i));
      summaryRow.append(StatementContent.UNIT).append(payRows[i]);
    }
    Described described = new Described(entry);
    BigDecimal totalPay = charter.totalPay();
    boolean keeps = summary.keepsLines();
    summary.add(
        entry.charterId(),
        summaryRow.toString(),
        keeps ? described.label() : null,
        keeps ? described.figures("pay", totalPay) : null);
    summary.total("reportable revenue", entry.reportableRevenue());
    summary.total("pay", totalPay);
    for (int i = 0; i < payRows.length; i++) {
      PersonPay pay = pays.get(i);
      String crewId = pay.person().crewId();
      StatementContent content = people.computeIfAbsent(crewId, id -> new StatementContent());
      boolean theirsKept = content.keepsLines();
      content.add(
          entry.charterId(),
          charterRow + StatementContent.UNIT + payRows[i],
          theirsKept ? described.label() : null,
          theirsKept ? described.figures("your pay", pay.total()) : null);
      content.total("pay", pay.total());
      payroll.computeIfAbsent(crewId, id -> new PayrollRow(pay.person())).add(pay);
    }
  }

  /** The summary's content. */
  public SentStatement summary() {
    return summary.finish();
  }

  /** Each person's statement content, by Crew ID. */
  public Map<String, SentStatement> people() {
    return people.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().finish()));
  }

  /** One row per person who was on board a charter of the month, in order of first appearance. */
  public Collection<PayrollRow> payroll() {
    return payroll.values();
  }

  private static String charterRow(LedgerEntry entry) {
    char u = StatementContent.UNIT;
    return entry.charterId()
        + u
        + entry.booking().sailDate()
        + u
        + entry.booking().vessel()
        + u
        + entry.booking().guestCount()
        + u
        + entry.booking().totalRevenue().toPlainString()
        + u
        + entry.status().label()
        + u
        + entry.completed()
        + u
        + (entry.invoiced() ? entry.invoice().amount().toPlainString() : "")
        + u
        + entry.reportableRevenue().toPlainString();
  }

  private static String payRow(PersonPay pay) {
    char u = StatementContent.UNIT;
    return pay.person().crewId()
        + u
        + pay.person().name()
        + u
        + pay.role().name()
        + u
        + pay.rate().dayRate().toPlainString()
        + u
        + pay.rate().revenueSharePercent().toPlainString()
        + u
        + pay.share().toPlainString()
        + u
        + pay.dayPay().toPlainString();
  }

  /** How people read a charter in a list of changes; each part made once, when first asked. */
  private static final class Described {
    private final LedgerEntry entry;
    private String label;
    private String reportable;

    Described(LedgerEntry entry) {
      this.entry = entry;
    }

    String label() {
      if (label == null) {
        label =
            entry.booking().vessel()
                + " on "
                + entry.booking().sailDate()
                + " ("
                + entry.charterId()
                + ")";
      }
      return label;
    }

    Map<String, String> figures(String payName, BigDecimal pay) {
      if (reportable == null) {
        reportable = StatementContent.money(entry.reportableRevenue());
      }
      Map<String, String> figures = new LinkedHashMap<>();
      figures.put("status", entry.status().label());
      figures.put("reportable revenue", reportable);
      figures.put(payName, StatementContent.money(pay));
      return figures;
    }
  }

  /** One person's pay for the month. */
  public static final class PayrollRow {

    private final Person person;
    private int charters;
    private BigDecimal dayPay = BigDecimal.ZERO.setScale(2);
    private BigDecimal share = BigDecimal.ZERO.setScale(2);

    PayrollRow(Person person) {
      this.person = person;
    }

    void add(PersonPay pay) {
      if (pay.worked() || pay.total().signum() > 0) {
        charters++;
      }
      dayPay = dayPay.add(pay.dayPay());
      share = share.add(pay.share());
    }

    public Person person() {
      return person;
    }

    /** Charters that pay them: worked, or cancelled and paid by the cancellation policy. */
    public int charters() {
      return charters;
    }

    public BigDecimal dayPay() {
      return dayPay;
    }

    public BigDecimal share() {
      return share;
    }

    public BigDecimal total() {
      return dayPay.add(share);
    }
  }
}
