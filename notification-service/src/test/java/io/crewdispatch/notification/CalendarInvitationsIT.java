package io.crewdispatch.notification;

import static io.crewdispatch.notification.NotificationDeliveryIT.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.Channel;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.ReleaseReason;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.support.MailServer;
import io.crewdispatch.notification.support.Mails;
import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Flow 13's calendar, through the broker and SMTP: a confirmation arrives with an invitation a
 * calendar accepts, and a later release with the CANCEL of that same entry.
 */
@NotificationIT
class CalendarInvitationsIT {

  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void aConfirmationInvitesThePersonAndTheirReleaseCancelsTheSameEntry() throws Exception {
    String charterId = "CH-" + UUID.randomUUID();
    String crew = "crew-" + UUID.randomUUID();
    // The night the clocks go back: 00:30 PDT to 04:00 PST (ahead, so no reminder is due yet).
    CharterSummary night =
        CharterSummary.newBuilder(Samples.charterSummary())
            .setSailDate(LocalDate.of(2027, 11, 7))
            .setDepartureTime(LocalTime.of(0, 30))
            .setReturnTime(LocalTime.of(4, 0))
            .build();
    Instant confirmedAt = Instant.now();
    CrewConfirmed confirmed =
        CrewConfirmed.newBuilder()
            .setEventId(Samples.eventId())
            .setOccurredAt(confirmedAt)
            .setCharterId(charterId)
            .setCallId("call-" + UUID.randomUUID())
            .setCrew(Samples.crew(crew))
            .setCaptainId("cap-x")
            .setCharter(night)
            .build();

    probe.publish(Topic.DISPATCH_EVENTS, charterId, confirmed);

    awaitSent(confirmed.getEventId(), "CONFIRMED");
    MimeMessage invitationMail = awaitMail(crew, "Confirmed: you are crew on Sea Breeze, ");
    Part invitationPart = calendarPart(invitationMail);
    assertThat(new ContentType(invitationPart.getContentType()).getParameter("method"))
        .isEqualTo("REQUEST");
    Calendar invitation = parse(invitationPart);
    VEvent invited = event(invitation);
    assertThat(value(invitation, "METHOD")).isEqualTo("REQUEST");
    assertThat(value(invited, "ATTENDEE")).isEqualTo("mailto:" + crew + "@example.com");
    ZonedDateTime start = (ZonedDateTime) invited.getStartDate().orElseThrow().getDate();
    ZonedDateTime end = (ZonedDateTime) invited.getEndDate().orElseThrow().getDate();
    assertThat(start.toInstant()).isEqualTo(Instant.parse("2027-11-07T07:30:00Z"));
    assertThat(end.toInstant()).isEqualTo(Instant.parse("2027-11-07T12:00:00Z"));
    assertThat(Mails.attachments(invitationMail))
        .singleElement()
        .satisfies(
            file -> {
              assertThat(file.fileName()).isEqualTo("invite.ics");
              assertThat(file.content()).isEqualTo(bytes(invitationPart));
            });

    SeatReleased released =
        SeatReleased.newBuilder()
            .setEventId(Samples.eventId())
            .setOccurredAt(confirmedAt.plusSeconds(3600))
            .setCharterId(charterId)
            .setPerson(Samples.crew(crew))
            .setRole(Rank.CREW)
            .setReason(ReleaseReason.RELEASED_BY_OFFICE)
            .setCharter(night)
            .build();
    probe.publish(Topic.DISPATCH_EVENTS, charterId, released);

    awaitSent(released.getEventId(), "RELEASED");
    Part cancelPart = calendarPart(awaitMail(crew, "Taken off: Sea Breeze, "));
    assertThat(new ContentType(cancelPart.getContentType()).getParameter("method"))
        .isEqualTo("CANCEL");
    Calendar cancellation = parse(cancelPart);
    VEvent cancelled = event(cancellation);
    assertThat(value(cancellation, "METHOD")).isEqualTo("CANCEL");
    assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
    assertThat(value(cancelled, "UID")).isEqualTo(value(invited, "UID"));
    assertThat(Integer.parseInt(value(cancelled, "SEQUENCE")))
        .isGreaterThan(Integer.parseInt(value(invited, "SEQUENCE")));
  }

  @Test
  void aCaptainReachedOnlyByTextGetsTheConfirmationWithoutAnInvitation() throws Exception {
    String charterId = "CH-" + UUID.randomUUID();
    String captain = "cap-" + UUID.randomUUID();
    CaptainConfirmed confirmed =
        CaptainConfirmed.newBuilder(Samples.captainConfirmed(charterId))
            .setCaptain(
                io.crewdispatch.events.Callee.newBuilder(Samples.captain(captain))
                    .setChannel(Channel.SMS)
                    .build())
            .build();

    probe.publish(Topic.DISPATCH_EVENTS, charterId, confirmed);

    awaitSent(confirmed.getEventId(), "CONFIRMED");
    MimeMessage mail = awaitMail(captain, "Confirmed: you are the captain of ");
    assertThat(calendarParts(mail)).isEmpty();
    assertThat(Mails.attachments(mail)).isEmpty();
  }

  private NotificationSent awaitSent(String sourceEventId, String kind) {
    return probe.await(
        Topic.NOTIFICATION_EVENTS,
        NotificationSent.class,
        e -> e.getSourceEventId().equals(sourceEventId) && e.getKind().equals(kind),
        WAIT);
  }

  private static MimeMessage awaitMail(String crewId, String subjectPrefix) {
    return await()
        .atMost(WAIT)
        .until(
            () ->
                MailServer.inbox(crewId + "@example.com").stream()
                    .filter(m -> subject(m).startsWith(subjectPrefix))
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The one text/calendar part a calendar-aware client reads (inline, not the attachment). */
  private static Part calendarPart(MimeMessage mail) throws Exception {
    List<Part> parts = calendarParts(mail);
    assertThat(parts).hasSize(1);
    return parts.get(0);
  }

  private static List<Part> calendarParts(Part part) throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      List<Part> found = new java.util.ArrayList<>();
      for (int i = 0; i < multipart.getCount(); i++) {
        found.addAll(calendarParts(multipart.getBodyPart(i)));
      }
      return found;
    }
    return part.isMimeType("text/calendar")
            && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
        ? List.of(part)
        : List.of();
  }

  private static byte[] bytes(Part part) throws Exception {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    }
  }

  private static Calendar parse(Part part) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(bytes(part)));
  }

  private static VEvent event(Calendar calendar) {
    return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
  }

  private static String value(Calendar calendar, String name) {
    return calendar.getProperty(name).map(Property::getValue).orElseThrow();
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElseThrow();
  }
}
