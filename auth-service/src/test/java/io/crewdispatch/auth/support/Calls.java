package io.crewdispatch.auth.support;

import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.testsupport.Samples;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** Calls about invented people, with deadlines relative to the test clock and ids of their own. */
public final class Calls {

  private Calls() {}

  public static String charterId() {
    return "CH-" + UUID.randomUUID();
  }

  public static CaptainCalled captainCalled(String charterId, Instant now) {
    return CaptainCalled.newBuilder(Samples.captainCalled(charterId))
        .setOccurredAt(now)
        .setRespondBy(now.plus(Duration.ofHours(2)))
        .setCharter(charterInTwoWeeks(now))
        .build();
  }

  public static CrewCalled crewCalled(String charterId, Instant now) {
    return CrewCalled.newBuilder(Samples.crewCalled(charterId))
        .setOccurredAt(now)
        .setRespondBy(now.plus(Duration.ofHours(2)))
        .setCharter(charterInTwoWeeks(now))
        .build();
  }

  /** Sea Breeze, 9:30 to 13:30 in San Diego, two weeks after {@code now}. */
  public static CharterSummary charterInTwoWeeks(Instant now) {
    return CharterSummary.newBuilder(Samples.charterSummary())
        .setSailDate(LocalDate.ofInstant(now, ZoneId.of("America/Los_Angeles")).plusDays(14))
        .build();
  }
}
