package io.crewdispatch.notification.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Writes an invitation as an iCalendar object (RFC 5545) with ical4j: VTIMEZONE, then VEVENT. */
final class IcsWriter {

  static final String PRODUCT = "-//Crew Dispatch//notification-service//EN";

  private IcsWriter() {}

  static byte[] write(Invitation invitation) {
    boolean cancel = invitation.method() == Invitation.Method.CANCEL;
    VEvent event = new VEvent(false); // false: no DTSTAMP of "now"; the event's own time is used
    event.add(new DtStamp(invitation.stamp()));
    event.add(new Uid(invitation.uid()));
    event.add(new Sequence(invitation.sequence()));
    event.add(new DtStart<>(invitation.start()));
    event.add(new DtEnd<>(invitation.end()));
    event.add(new Summary(invitation.summary()));
    event.add(new Description(invitation.description()));
    event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    event.add(ImmutableTransp.OPAQUE);
    event.add(organizer(invitation.organizer()));
    event.add(attendee(invitation.attendee()));

    List<CalendarComponent> components =
        List.of(
            TimeZoneRules.vtimezone(
                invitation.start().getZone(),
                invitation.start().toInstant(),
                invitation.end().toInstant()),
            event);
    Calendar calendar =
        new Calendar(
            new PropertyList(
                List.of(
                    new ProdId(PRODUCT),
                    ImmutableVersion.VERSION_2_0,
                    ImmutableCalScale.GREGORIAN,
                    new Method(invitation.method().name()))),
            new ComponentList<>(components));
    StringWriter out = new StringWriter();
    try {
      // Not validating: ical4j's validator rejects nothing we write, and costs a pass per message.
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Organizer organizer(Invitation.Mailbox office) {
    Organizer organizer = new Organizer(mailto(office.email()));
    organizer.add(new Cn(office.name()));
    return organizer;
  }

  /** The person already accepted the call: nothing to answer, so no RSVP is asked. */
  private static Attendee attendee(Invitation.Mailbox person) {
    Attendee attendee = new Attendee(mailto(person.email()));
    attendee.add(new Cn(person.name()));
    attendee.add(Role.REQ_PARTICIPANT);
    attendee.add(PartStat.ACCEPTED);
    attendee.add(new Rsvp(false));
    return attendee;
  }

  private static URI mailto(String email) {
    try {
      return new URI("mailto", email, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not an address: " + e.getReason(), e);
    }
  }
}
