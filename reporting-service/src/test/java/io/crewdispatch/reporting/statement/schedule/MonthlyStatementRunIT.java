package io.crewdispatch.reporting.statement.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.StatementKind;
import io.crewdispatch.events.StatementReady;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.reporting.MutableClock;
import io.crewdispatch.reporting.ReportingServiceTest;
import io.crewdispatch.reporting.ledger.application.CharterLedger;
import io.crewdispatch.reporting.statement.application.GenerateStatements;
import io.crewdispatch.reporting.statement.application.MonthlyStatementRun;
import io.crewdispatch.reporting.statement.application.StatementRunClaims;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two instances of the monthly run, sharing the claims in DynamoDB Local and the real build, with
 * the service's clock moved across month ends: each month's statements are announced once.
 */
@ReportingServiceTest
class MonthlyStatementRunIT {

  static final ZoneId LA = ZoneId.of("America/Los_Angeles");

  @Autowired MutableClock clock;
  @Autowired StatementRunClaims claims;
  @Autowired GenerateStatements generate;
  @Autowired CharterLedger ledger;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  MonthlyStatementRun instance(String owner) {
    return new MonthlyStatementRun(
        "0 0 6 1 * *",
        LA,
        Duration.ofDays(1),
        Duration.ofHours(1),
        owner,
        claims,
        generate::generate,
        clock);
  }

  @Test
  void theScheduleFiresOncePerMonthEvenWithTwoInstances() {
    String captain = "captain-" + UUID.randomUUID().toString().substring(0, 8);
    String id = "CH-" + UUID.randomUUID();
    probe.publish(
        Topic.CHARTER_EVENTS,
        id,
        CharterBooked.newBuilder(Samples.charterBooked(id))
            .setSailDate(LocalDate.of(2031, 5, 10))
            .build());
    probe.publish(
        Topic.DISPATCH_EVENTS,
        id,
        CharterStaffed.newBuilder(Samples.charterStaffed(id))
            .setCaptain(Samples.captain(captain))
            .build());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> ledger.find(id).map(e -> e.booked() && e.captain() != null).orElse(false));

    MonthlyStatementRun a = instance("instance-a");
    MonthlyStatementRun b = instance("instance-b");
    clock.set(at(2031, 5, 31, 12, 0));
    bothTick(a, b);
    clock.set(at(2031, 6, 1, 5, 59));
    bothTick(a, b);
    assertThat(opsSummaries("2031-05")).isZero();

    clock.set(at(2031, 6, 1, 6, 0));
    bothTick(a, b);
    clock.set(at(2031, 6, 1, 6, 1));
    bothTick(a, b);
    clock.set(at(2031, 6, 15, 9, 0));
    bothTick(a, b);

    await()
        .during(Duration.ofSeconds(1))
        .atMost(KafkaProbe.DEFAULT_WAIT)
        .until(() -> opsSummaries("2031-05"), n -> n == 1);
    StatementReady theirs =
        probe.await(
            Topic.STATEMENT_EVENTS, StatementReady.class, e -> captain.equals(e.getCaptainId()));
    assertThat(theirs.getMonth()).isEqualTo("2031-05");

    clock.set(at(2031, 7, 1, 6, 0));
    bothTick(a, b);
    await()
        .during(Duration.ofSeconds(1))
        .atMost(KafkaProbe.DEFAULT_WAIT)
        .until(() -> opsSummaries("2031-06"), n -> n == 1);
    assertThat(opsSummaries("2031-05")).isEqualTo(1);
  }

  /** Both instances check at the same moment, as two pods woken by the same minute would. */
  private static void bothTick(MonthlyStatementRun a, MonthlyStatementRun b) {
    CompletableFuture.allOf(
            CompletableFuture.runAsync(a::tick), CompletableFuture.runAsync(b::tick))
        .join();
  }

  private long opsSummaries(String month) {
    return probe
        .events(
            Topic.STATEMENT_EVENTS,
            StatementReady.class,
            e -> e.getKind() == StatementKind.OPS_SUMMARY && e.getMonth().equals(month))
        .size();
  }

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(LA).toInstant();
  }
}
