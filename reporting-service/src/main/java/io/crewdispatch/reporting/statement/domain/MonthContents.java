package io.crewdispatch.reporting.statement.domain;

import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.Person;
import io.crewdispatch.reporting.pay.domain.PaidCharter;
import io.crewdispatch.reporting.pay.domain.PersonPay;
import java.math.BigDecimal;
import java.util.ArrayList;
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

  public void add(PaidCharter charter) {
    LedgerEntry entry = charter.entry();
    String label =
        entry.booking().vessel()
            + " on "
            + entry.booking().sailDate()
            + " ("
            + entry.charterId()
            + ")";
    List<String> row = new ArrayList<>(charterRow(entry));
    for (PersonPay pay : charter.pay()) {
      row.addAll(payRow(pay));
    }
    summary.add(
        entry.charterId(),
        row,
        label,
        figures(entry, "pay", StatementContent.money(charter.totalPay())));
    summary.total("reportable revenue", entry.reportableRevenue());
    summary.total("pay", charter.totalPay());
    for (PersonPay pay : charter.pay()) {
      String crewId = pay.person().crewId();
      List<String> theirs = new ArrayList<>(charterRow(entry));
      theirs.addAll(payRow(pay));
      StatementContent content = people.computeIfAbsent(crewId, id -> new StatementContent());
      content.add(
          entry.charterId(),
          theirs,
          label,
          figures(entry, "your pay", StatementContent.money(pay.total())));
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

  private static List<String> charterRow(LedgerEntry entry) {
    return List.of(
        entry.charterId(),
        String.valueOf(entry.booking().sailDate()),
        entry.booking().vessel(),
        String.valueOf(entry.booking().guestCount()),
        entry.booking().totalRevenue().toPlainString(),
        entry.status().label(),
        String.valueOf(entry.completed()),
        entry.invoiced() ? entry.invoice().amount().toPlainString() : "",
        entry.reportableRevenue().toPlainString());
  }

  private static List<String> payRow(PersonPay pay) {
    return List.of(
        pay.person().crewId(),
        pay.person().name(),
        pay.role().name(),
        pay.rate().dayRate().toPlainString(),
        pay.rate().revenueSharePercent().toPlainString(),
        pay.share().toPlainString(),
        pay.dayPay().toPlainString());
  }

  private static Map<String, String> figures(LedgerEntry entry, String payName, String pay) {
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("status", entry.status().label());
    figures.put("reportable revenue", StatementContent.money(entry.reportableRevenue()));
    figures.put(payName, pay);
    return figures;
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
