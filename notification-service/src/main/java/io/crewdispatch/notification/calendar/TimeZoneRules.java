package io.crewdispatch.notification.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * The VTIMEZONE for a charter's zone, from the JDK's zone rules (the ones every time in this
 * service is computed with), not ical4j's bundled definitions (loading those may ask tzurl.org for
 * updates, and they can differ from the JDK's).
 *
 * <p>A zone that changes its clocks by a yearly rule (America/Los_Angeles: second Sunday of March,
 * first of November) gets that rule as one STANDARD and one DAYLIGHT observance with an RRULE, the
 * usual form (ical4j, reading the file back, ignores observances without one when it works out the
 * offset: the DST tests fail without the RRULEs). Any other zone gets each transition from the one
 * in force at the start to the first after the end, as single onsets, or one observance when its
 * offset is fixed.
 */
final class TimeZoneRules {

  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

  private TimeZoneRules() {}

  static VTimeZone vtimezone(ZoneId zone, Instant start, Instant end) {
    ZoneRules rules = zone.getRules();
    List<Observance> observances =
        yearly(rules, start) ? yearly(zone, rules, start) : onsets(zone, rules, start, end);
    PropertyList properties = new PropertyList(List.of(new TzId(zone.getId())));
    return new VTimeZone(properties, new ComponentList<>(observances));
  }

  /** The yearly rules hold from the last listed transition on; before it they may not. */
  private static boolean yearly(ZoneRules rules, Instant start) {
    List<ZoneOffsetTransition> listed = rules.getTransitions();
    return !rules.getTransitionRules().isEmpty()
        && (listed.isEmpty() || listed.get(listed.size() - 1).getInstant().isBefore(start));
  }

  private static List<Observance> yearly(ZoneId zone, ZoneRules rules, Instant start) {
    int year = start.atZone(zone).getYear() - 1; // onsets before the charter, whatever its month
    List<Observance> observances = new ArrayList<>();
    for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
      ZoneOffsetTransition first = rule.createTransition(year);
      Observance observance = observance(zone, rules, first);
      observance.add(new RRule<>(recurrence(rule)));
      observances.add(observance);
    }
    return observances;
  }

  private static List<Observance> onsets(ZoneId zone, ZoneRules rules, Instant start, Instant end) {
    List<Observance> observances = new ArrayList<>();
    ZoneOffsetTransition transition = rules.previousTransition(start.plusSeconds(1));
    if (transition == null) { // never changed its offset
      ZoneOffset offset = rules.getOffset(start);
      Observance fixed = new Standard();
      fixed.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
      fixed.add(new TzOffsetFrom(offset));
      fixed.add(new TzOffsetTo(offset));
      fixed.add(new TzName(NAME.format(start.atZone(zone))));
      observances.add(fixed);
    }
    while (transition != null) {
      observances.add(observance(zone, rules, transition));
      Instant at = transition.getInstant();
      transition = at.isAfter(end) ? null : rules.nextTransition(at);
    }
    return observances;
  }

  /** Starts at the local time the clocks show just before they change (RFC 5545 §3.6.5). */
  private static Observance observance(
      ZoneId zone, ZoneRules rules, ZoneOffsetTransition transition) {
    Instant at = transition.getInstant();
    Observance observance = rules.isDaylightSavings(at) ? new Daylight() : new Standard();
    observance.add(new DtStart<>(transition.getDateTimeBefore()));
    observance.add(new TzOffsetFrom(transition.getOffsetBefore()));
    observance.add(new TzOffsetTo(transition.getOffsetAfter()));
    observance.add(new TzName(NAME.format(at.atZone(zone))));
    return observance;
  }

  /** The JDK's "day-of-week on or after (or before) a day of the month" as an RRULE. */
  static String recurrence(ZoneOffsetTransitionRule rule) {
    int month = rule.getMonth().getValue();
    int day = rule.getDayOfMonthIndicator();
    DayOfWeek weekday = rule.getDayOfWeek();
    String byDay;
    if (weekday == null) {
      byDay = "BYMONTHDAY=" + day;
    } else if (day > 0 && day <= 22 && (day - 1) % 7 == 0) { // after the 1st, 8th, 15th, 22nd
      byDay = "BYDAY=" + ((day - 1) / 7 + 1) + code(weekday);
    } else if (day == -1 || day == rule.getMonth().minLength() - 6) { // the last one of the month
      byDay = "BYDAY=-1" + code(weekday);
    } else {
      int step = day > 0 ? 1 : -1;
      byDay =
          "BYDAY="
              + code(weekday)
              + ";BYMONTHDAY="
              + IntStream.range(0, 7)
                  .mapToObj(i -> String.valueOf(day + step * i))
                  .collect(Collectors.joining(","));
    }
    return "FREQ=YEARLY;BYMONTH=" + month + ";" + byDay;
  }

  private static String code(DayOfWeek weekday) {
    return weekday.name().substring(0, 2);
  }
}
