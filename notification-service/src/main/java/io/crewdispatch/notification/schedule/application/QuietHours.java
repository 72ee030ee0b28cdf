package io.crewdispatch.notification.schedule.application;

import io.crewdispatch.notification.config.NotificationProperties;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * No text at night, local time in the charter's zone: the hours dispatch starts no call in. Quiet
 * hours follow the wall clock, so across a clock change they stay 21:00 to 07:00.
 */
@Component
public class QuietHours {

  private final NotificationProperties.QuietHours hours;

  QuietHours(NotificationProperties properties) {
    this.hours = properties.quietHours();
  }

  /** {@code at}, or the end of the quiet hours it falls in. */
  public Instant notBefore(Instant at, ZoneId zone) {
    if (!hours.enabled()) {
      return at;
    }
    ZonedDateTime local = at.atZone(zone);
    LocalTime time = local.toLocalTime();
    boolean overnight = hours.start().isAfter(hours.end());
    boolean quiet =
        overnight
            ? !time.isBefore(hours.start()) || time.isBefore(hours.end())
            : !time.isBefore(hours.start()) && time.isBefore(hours.end());
    if (!quiet) {
      return at;
    }
    ZonedDateTime end = local.toLocalDate().atTime(hours.end()).atZone(zone);
    return end.isAfter(local) ? end.toInstant() : end.plusDays(1).toInstant();
  }
}
