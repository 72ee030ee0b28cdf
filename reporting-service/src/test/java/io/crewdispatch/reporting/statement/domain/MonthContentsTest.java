package io.crewdispatch.reporting.statement.domain;

import static io.crewdispatch.reporting.ledger.domain.Charters.booked;
import static io.crewdispatch.reporting.ledger.domain.Charters.completed;
import static io.crewdispatch.reporting.ledger.domain.Charters.invoiced;
import static io.crewdispatch.reporting.ledger.domain.Charters.staffed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.ledger.domain.LedgerEvent;
import io.crewdispatch.reporting.ledger.domain.Person;
import io.crewdispatch.reporting.pay.domain.CancellationPayPolicy;
import io.crewdispatch.reporting.pay.domain.PayCalculator;
import io.crewdispatch.reporting.pay.domain.PayRate;
import io.crewdispatch.reporting.pay.domain.RateChange;
import io.crewdispatch.reporting.pay.domain.RateHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a statement holds, to tell a changed rebuild from an unchanged one, and the payroll. */
class MonthContentsTest {

  static final LocalDate D = LocalDate.of(2026, 6, 3);

  static final RateHistory RATES =
      RateHistory.of(
          List.of(
              new RateChange(
                  "alex",
                  Instant.parse("2026-01-01T00:00:00Z"),
                  "e1",
                  new PayRate(new BigDecimal("300"), new BigDecimal("10"))),
              new RateChange(
                  "jo",
                  Instant.parse("2026-01-01T00:00:00Z"),
                  "e2",
                  new PayRate(new BigDecimal("200"), null))));

  static MonthContents contents(List<LedgerEntry> entries) {
    PayCalculator pay = new PayCalculator(RATES, CancellationPayPolicy.NOTHING);
    MonthContents contents = new MonthContents();
    entries.stream().map(pay::pay).forEach(contents::add);
    return contents;
  }

  static List<LedgerEntry> month(String invoiceOfSecond) {
    LedgerEntry second = completed(staffed(booked("CH-2", D.plusDays(1), "2000.00"), "alex"));
    return List.of(
        invoiced(completed(staffed(booked("CH-1", D, "1000.00"), "alex", "jo")), "1000.00"),
        invoiceOfSecond == null ? second : invoiced(second, invoiceOfSecond));
  }

  @Test
  void theSameLedgerGivesTheSameDigestAndAChangedAmountAnother() {
    SentStatement first = contents(month(null)).summary();
    SentStatement again = contents(month(null)).summary();
    SentStatement invoiced = contents(month("2000.00")).summary();

    assertThat(again.digest()).isEqualTo(first.digest());
    assertThat(invoiced.digest()).isNotEqualTo(first.digest());
    assertThat(contents(month(null)).people().get("jo").digest())
        .isEqualTo(contents(month("2000.00")).people().get("jo").digest());
    assertThat(contents(month("2000.00")).people().get("alex").digest())
        .isNotEqualTo(contents(month(null)).people().get("alex").digest());
  }

  @Test
  void aChangeThatShowsNoAmountStillChangesTheDigest() {
    LedgerEntry renamed =
        month(null)
            .get(0)
            .apply(
                new LedgerEvent.Staffed(
                    "ev-rename",
                    "CH-1",
                    new Person("alex", "Alex Marlowe", "alex@example.com"),
                    List.of(new Person("jo", "Crew jo", "jo@example.com"))));

    assertThat(contents(List.of(renamed, month(null).get(1))).summary().digest())
        .isNotEqualTo(contents(month(null)).summary().digest());
  }

  @Test
  void changesSayInPlainWordsWhatWasAddedRemovedAndChanged() {
    SentStatement before = contents(month(null)).people().get("alex");
    List<LedgerEntry> now =
        List.of(
            month("2000.00").get(1),
            invoiced(
                completed(staffed(booked("CH-3", D.plusDays(2), "500.00"), "alex")), "500.00"));
    SentStatement after = contents(now).people().get("alex");

    assertThat(StatementContent.changes(before, after))
        .containsExactly(
            "Changed: Sea Breeze on 2026-06-04 (CH-2) (reportable revenue $0.00 → $2,000.00,"
                + " your pay $300.00 → $500.00)",
            "Added: Sea Breeze on 2026-06-05 (CH-3) (status Completed, reportable revenue"
                + " $500.00, your pay $350.00)",
            "Removed: Sea Breeze on 2026-06-03 (CH-1)",
            "Total pay: $700.00 → $850.00");
  }

  @Test
  void thePayrollCsvReadsBackOneRowPerPerson() throws Exception {
    LedgerEntry tricky =
        invoiced(completed(booked("CH-9", D, "100.00")), "100.00")
            .apply(
                new LedgerEvent.Staffed(
                    "ev-9",
                    "CH-9",
                    new Person("alex", "Captain alex", "alex@example.com"),
                    List.of(new Person("odd", "=Tide, \"Mo\"", null))));
    MonthContents contents =
        contents(List.of(month("2000.00").get(0), month("2000.00").get(1), tricky));

    String csv = PayrollCsv.of(contents.payroll());

    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows =
        mapper.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      List<Map<String, String>> all = rows.readAll();
      assertThat(all)
          .containsExactly(
              Map.of(
                  "crewId",
                  "odd",
                  "name",
                  "'=Tide, \"Mo\"",
                  "charters",
                  "1",
                  "dayRateTotal",
                  "0.00",
                  "shareTotal",
                  "0.00",
                  "total",
                  "0.00"),
              Map.of(
                  "crewId",
                  "alex",
                  "name",
                  "Captain alex",
                  "charters",
                  "3",
                  "dayRateTotal",
                  "900.00",
                  "shareTotal",
                  "310.00",
                  "total",
                  "1210.00"),
              Map.of(
                  "crewId",
                  "jo",
                  "name",
                  "Crew jo",
                  "charters",
                  "1",
                  "dayRateTotal",
                  "200.00",
                  "shareTotal",
                  "0.00",
                  "total",
                  "200.00"));
    }
    assertThat(csv).startsWith("crewId,name,charters,dayRateTotal,shareTotal,total\r\n");
  }
}
