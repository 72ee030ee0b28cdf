package io.crewdispatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EndToEndIT's zone always leaves tomorrow in this month, whatever the hour it starts and for as
 * long as it may run.
 */
class OperatorZoneTest {

  @ParameterizedTest
  @CsvSource({
    "2026-11-12T18:00:00Z, America/Los_Angeles", // an ordinary day
    "2026-12-01T06:05:00Z, Pacific/Kiritimati", // 22:05 on 30 Nov in Los Angeles (CI, 1 Dec)
    "2026-11-30T18:00:00Z, Pacific/Kiritimati", // 10:00 on 30 Nov in Los Angeles
    "2026-11-30T08:30:00Z, Pacific/Pago_Pago", // 00:30 on 30 Nov: Kiritimati is on 30 Nov too
    "2027-02-28T09:30:00Z, Pacific/Pago_Pago", // 01:30 on 28 Feb in Los Angeles
    "2026-11-30T07:30:00Z, Pacific/Pago_Pago", // 23:30 on 29 Nov: the run would cross midnight
  })
  void picksTheFirstZoneWhereTomorrowIsInThisMonth(Instant now, String zone) {
    assertThat(EndToEndIT.zoneWithADayLeftInTheMonth(now).getId()).isEqualTo(zone);
  }

  @Test
  void everyTenMinutesOfAYearHaveOne() {
    Instant start = Instant.parse("2026-01-01T00:05:00Z");
    for (int step = 0; step < 366 * 24 * 6; step++) {
      Instant now = start.plusSeconds(step * 600L);
      ZoneId zone = EndToEndIT.zoneWithADayLeftInTheMonth(now);
      LocalDate today = LocalDate.ofInstant(now, zone);
      LocalDate latest = LocalDate.ofInstant(now.plus(EndToEndIT.RUN_MARGIN), zone);
      assertThat(latest.plusDays(1).getMonth()).as("%s", now).isEqualTo(today.getMonth());
    }
  }
}
