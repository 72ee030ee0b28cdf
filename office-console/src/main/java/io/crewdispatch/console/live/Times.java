package io.crewdispatch.console.live;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages say days and times: in the charter's zone, the way the office says them. */
public final class Times {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
  // Zone names in US English: the UK locale has no short name for Pacific time ("GMT-08:00").
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.US);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm zzz", Locale.US);

  private Times() {}

  public static String day(LocalDate day) {
    return day == null ? "date not known yet" : DAY.format(day);
  }

  public static String time(Instant at, ZoneId zone) {
    return TIME.format(at.atZone(zone));
  }

  public static String dayTime(Instant at, ZoneId zone) {
    return DAY_TIME.format(at.atZone(zone));
  }
}
