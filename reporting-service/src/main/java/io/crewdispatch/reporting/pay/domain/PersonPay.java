package io.crewdispatch.reporting.pay.domain;

import io.crewdispatch.reporting.ledger.domain.Person;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one person earns from one charter.
 *
 * @param rate the rates in force when the charter departed
 * @param reportable the charter's reportable revenue (completed, invoiced, not cancelled)
 * @param share their percent of it, to the cent
 * @param dayPay the day rate when the charter was worked (completed, not cancelled); for a
 *     cancelled charter what the cancellation policy pays
 * @param cancellationPay what the policy pays for a cancelled charter (zero by default); shown in
 *     the workbook's formula so the sheet and the ledger agree
 * @param worked completed and not cancelled
 */
public record PersonPay(
    Person person,
    Role role,
    PayRate rate,
    BigDecimal reportable,
    BigDecimal share,
    BigDecimal dayPay,
    BigDecimal cancellationPay,
    boolean worked) {

  public PersonPay {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
  }

  public BigDecimal total() {
    return share.add(dayPay);
  }
}
