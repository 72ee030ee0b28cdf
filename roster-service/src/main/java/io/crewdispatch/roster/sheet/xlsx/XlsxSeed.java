package io.crewdispatch.roster.sheet.xlsx;

import io.crewdispatch.roster.config.RosterProperties;
import io.crewdispatch.roster.member.domain.SeedRoster;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On a first local start, writes the invented roster (see README) so the system has someone to
 * call: month tabs for the current month and the next in the office's time zone.
 */
@Component
@ConditionalOnProperty(
    prefix = "crewdispatch.roster",
    name = "source",
    havingValue = "xlsx",
    matchIfMissing = true)
class XlsxSeed implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(XlsxSeed.class);

  private final XlsxRosterSheet sheet;
  private final RosterProperties properties;
  private final Clock clock;

  XlsxSeed(XlsxRosterSheet sheet, RosterProperties properties, Clock clock) {
    this.sheet = sheet;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    if (!properties.xlsx().seedIfMissing()) {
      return;
    }
    YearMonth month = YearMonth.now(clock.withZone(properties.operatorTimeZone()));
    if (sheet.createIfMissing(SeedRoster.tabs(month))) {
      log.info("event=roster_seeded sheet={} firstMonth={}", sheet.describe(), month);
    }
  }
}
