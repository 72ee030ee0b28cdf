package io.crewdispatch.notification;

import static io.crewdispatch.notification.NotificationDeliveryIT.WAIT;
import static io.crewdispatch.notification.NotificationDeliveryIT.awaitOne;
import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.ReleaseReason;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.events.WithdrawalReason;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.support.MailServer;
import io.crewdispatch.notification.support.Mails;
import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.notification.support.SmtpTestSettings;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each dispatch event that concerns people becomes its email, to the right people. */
@NotificationIT
class DispatchEmailsIT {

  static final String OFFICE = SmtpTestSettings.OFFICE;
  static final String OFFICE_2 = SmtpTestSettings.OFFICE_2;

  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void withdrawnCallTellsTheCalleeTheyAreNoLongerNeeded() throws Exception {
    String charterId = "CH-" + UUID.randomUUID();
    String captain = "cap-" + UUID.randomUUID();
    CallWithdrawn event =
        CallWithdrawn.newBuilder(Samples.callWithdrawn(charterId))
            .setCallee(Samples.captain(captain))
            .setReason(WithdrawalReason.CHARTER_CANCELLED)
            .build();

    probe.publish(Topic.DISPATCH_EVENTS, charterId, event);

    NotificationSent sent = awaitSent(event.getEventId());
    assertThat(sent.getKind()).isEqualTo("WITHDRAWN");
    assertThat(sent.getRecipients()).containsExactly(captain + "@example.com");
    MimeMessage mail = awaitOne(captain + "@example.com");
    assertThat(mail.getSubject()).isEqualTo("No longer needed: Sea Breeze, Sun Jun 14");
    assertThat(Mails.cc(mail)).isEmpty();
    assertThat(Mails.text(mail)).contains("The charter was cancelled.");
    assertThat(Mails.html(mail)).contains("The charter was cancelled.");
  }

  @Test
  void anAcceptHeldElsewhereIsExplainedInPlainWords() throws Exception {
    String charterId = "CH-" + UUID.randomUUID();
    String captain = "cap-" + UUID.randomUUID();
    CallWithdrawn event =
        CallWithdrawn.newBuilder(Samples.callWithdrawn(charterId))
            .setCallee(Samples.captain(captain))
            .setReason(WithdrawalReason.HELD_ELSEWHERE)
            .build();

    probe.publish(Topic.DISPATCH_EVENTS, charterId, event);

    assertThat(awaitSent(event.getEventId()).getKind()).isEqualTo("WITHDRAWN");
    MimeMessage mail = awaitOne(captain + "@example.com");
    assertThat(Mails.text(mail))
        .contains("You're already confirmed on another charter at that time");
  }

  @Test
  void aReleasedSeatTellsThePersonWhyWithTheOfficeInCopy() throws Exception {
    String charterId = "CH-" + UUID.randomUUID();
    String crew = "crew-" + UUID.randomUUID();
    SeatReleased event =
        SeatReleased.newBuilder()
            .setEventId(Samples.eventId())
            .setOccurredAt(Samples.NOW)
            .setCharterId(charterId)
            .setPerson(Samples.crew(crew))
            .setRole(Rank.CREW)
            .setReason(ReleaseReason.CERTIFICATE_LAPSED)
            .setCharter(Samples.charterSummary())
            .build();

    probe.publish(Topic.DISPATCH_EVENTS, charterId, event);

    NotificationSent sent = awaitSent(event.getEventId());
    assertThat(sent.getKind()).isEqualTo("RELEASED");
    MimeMessage mail = awaitOne(crew + "@example.com");
    assertThat(mail.getSubject()).isEqualTo("Taken off: Sea Breeze, Sun Jun 14");
    assertThat(Mails.cc(mail)).containsExactly(OFFICE, OFFICE_2);
    assertThat(Mails.text(mail))
        .contains("One of your certificates", "expires before this charter sails");
  }

  @Test
  void confirmedCaptainIsToldWithTheOfficeInCopy() throws Exception {
    String charterId = "CH-" + UUID.randomUUID();
    String captain = "cap-" + UUID.randomUUID();
    // A confirmation also sets the eve-of-sailing reminder; the samples' charter sailed on 14 June
    // 2026, so on the real clock that reminder fell due at once and raced this email (CI, 1 Dec
    // 2026). A later Sunday 14 June keeps the reminder in the future and the subject the same.
    CaptainConfirmed event =
        CaptainConfirmed.newBuilder(Samples.captainConfirmed(charterId))
            .setCaptain(Samples.captain(captain))
            .setCharter(
                CharterSummary.newBuilder(Samples.charterSummary())
                    .setSailDate(LocalDate.of(2037, 6, 14))
                    .build())
            .build();

    probe.publish(Topic.DISPATCH_EVENTS, charterId, event);

    NotificationSent sent = awaitSent(event.getEventId());
    assertThat(sent.getKind()).isEqualTo("CONFIRMED");
    MimeMessage mail = awaitOne(captain + "@example.com");
    assertThat(mail.getSubject())
        .isEqualTo("Confirmed: you are the captain of Sea Breeze, Sun Jun 14");
    assertThat(Mails.cc(mail)).containsExactly(OFFICE, OFFICE_2);
  }

  @Test
  void staffedCharterTellsEveryoneOnBoardWhoElseIs() throws Exception {
    String charterId = "CH-" + UUID.randomUUID();
    String captain = "cap-" + UUID.randomUUID();
    String first = "crew-" + UUID.randomUUID();
    String second = "crew-" + UUID.randomUUID();
    CharterStaffed event =
        CharterStaffed.newBuilder(Samples.charterStaffed(charterId))
            .setCaptain(Samples.captain(captain))
            .setCrew(List.of(Samples.crew(first), Samples.crew(second)))
            .build();

    probe.publish(Topic.DISPATCH_EVENTS, charterId, event);

    NotificationSent sent = awaitSent(event.getEventId());
    assertThat(sent.getKind()).isEqualTo("STAFFED");
    assertThat(sent.getRecipients())
        .containsExactly(
            captain + "@example.com",
            first + "@example.com",
            second + "@example.com",
            OFFICE,
            OFFICE_2);
    MimeMessage mail = awaitOne(second + "@example.com");
    assertThat(mail.getSubject()).isEqualTo("Staffed: Sea Breeze, Sun Jun 14, 9:30 AM");
    assertThat(Mails.text(mail)).contains("Captain: Alex Marlow +1 555 0100", "Jordan Reef");
    assertThat(MailServer.inbox(captain + "@example.com")).hasSize(1);
  }

  @Test
  void stalledCascadeAlertsTheOfficeWithWhoWasCalledAndWhatTheyAnswered() throws Exception {
    String charterId = "CH-" + UUID.randomUUID();
    CascadeStalled event = Samples.cascadeStalled(charterId);

    probe.publish(Topic.DISPATCH_EVENTS, charterId, event);

    NotificationSent sent = awaitSent(event.getEventId());
    assertThat(sent.getKind()).isEqualTo("STALL_ALERT");
    assertThat(sent.getRecipients()).containsExactly(OFFICE, OFFICE_2);
    MimeMessage mail =
        MailServer.inbox(OFFICE).stream()
            .filter(m -> NotificationDeliveryIT.messageId(m).equals(sent.getMessageId()))
            .findFirst()
            .orElseThrow();
    assertThat(mail.getSubject()).isEqualTo("ACTION NEEDED: Sea Breeze, Sun Jun 14 stalled");
    assertThat(Mails.text(mail))
        .contains(
            "Every available captain was called and none accepted.",
            "- Alex Marlow (alex-marlow), called Mon Jun 1 at 9:00 AM PDT: declined",
            "- Casey Harbor (casey-harbor), called Mon Jun 1 at 9:01 AM PDT: no answer in time",
            "June 2026 tab");
    assertThat(Mails.html(mail)).contains("Casey Harbor", "No answer in time", "What you can do");
  }

  @Test
  void captainCalledAloneSendsNothingBecauseTheLinksComeFromAuthLinks() {
    String charterId = "CH-" + UUID.randomUUID();
    var called = Samples.captainCalled(charterId);
    var withdrawn = Samples.callWithdrawn(charterId);

    probe.publish(Topic.DISPATCH_EVENTS, charterId, called);
    probe.publish(Topic.DISPATCH_EVENTS, charterId, withdrawn);

    awaitSent(withdrawn.getEventId());
    assertThat(
            probe.events(
                Topic.NOTIFICATION_EVENTS,
                NotificationSent.class,
                e -> e.getSourceEventId().equals(called.getEventId())))
        .isEmpty();
  }

  private NotificationSent awaitSent(String sourceEventId) {
    return probe.await(
        Topic.NOTIFICATION_EVENTS,
        NotificationSent.class,
        e -> e.getSourceEventId().equals(sourceEventId),
        WAIT);
  }
}
