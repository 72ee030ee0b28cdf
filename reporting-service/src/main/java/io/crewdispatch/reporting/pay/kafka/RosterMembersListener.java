package io.crewdispatch.reporting.pay.kafka;

import static io.crewdispatch.platform.kafka.EventChecks.requireText;

import io.crewdispatch.events.Pay;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import io.crewdispatch.reporting.pay.application.RecordPayRate;
import io.crewdispatch.reporting.pay.domain.PayRate;
import io.crewdispatch.reporting.pay.domain.RateChange;
import java.math.BigDecimal;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes roster-members for the pay rates only: each RosterChanged carries the member's whole
 * record, and its rates take effect when roster-service saw them ({@code occurredAt}).
 */
@Component
@KafkaListener(topics = "roster-members", id = "reporting-roster-members")
class RosterMembersListener {

  private final RecordPayRate rates;

  RosterMembersListener(RecordPayRate rates) {
    this.rates = rates;
  }

  @KafkaHandler
  void on(RosterChanged event) {
    String crewId = requireText(event.getCrewId(), "crewId");
    if (event.getOccurredAt() == null || event.getMember() == null) {
      throw new NonRetryableEventException("Invalid event: occurredAt or member is missing");
    }
    Pay pay = event.getMember().getPay();
    PayRate rate =
        pay == null
            ? PayRate.NONE
            : new PayRate(
                notNegative(pay.getDayRate(), "pay.dayRate"),
                notNegative(pay.getRevenueSharePercent(), "pay.revenueSharePercent"));
    rates.record(
        new RateChange(
            crewId, event.getOccurredAt(), requireText(event.getEventId(), "eventId"), rate));
  }

  private static BigDecimal notNegative(BigDecimal value, String field) {
    if (value != null && value.signum() < 0) {
      throw new NonRetryableEventException("Invalid event: " + field + " is negative");
    }
    return value;
  }
}
