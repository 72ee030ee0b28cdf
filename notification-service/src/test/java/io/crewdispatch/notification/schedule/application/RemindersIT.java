package io.crewdispatch.notification.schedule.application;

import static io.crewdispatch.notification.support.TwilioServer.awaitOneText;
import static io.crewdispatch.notification.support.TwilioServer.e164;
import static io.crewdispatch.notification.support.TwilioServer.localNumber;
import static io.crewdispatch.notification.support.TwilioServer.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.Channel;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.ReleaseReason;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.support.MailServer;
import io.crewdispatch.notification.support.MutableClock;
import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The day-before reminder through the broker and DynamoDB Local, fired by two "instances" (two
 * RunDueItems on one table) with a clock the test moves: everyone confirmed and still on the
 * charter hears it once on their channel at 09:00 the day before in the charter's zone, and a
 * restarted instance sends nothing again.
 */
@NotificationIT
class RemindersIT {

  static final Duration WAIT = Duration.ofSeconds(30);

  /** Far enough ahead that the context's own timer, on the real clock, leaves it alone. */
  static final LocalDate SAIL = LocalDate.of(2030, 6, 14);

  /** 09:00 PDT the day before. */
  static final Instant DUE = Instant.parse("2030-06-13T16:00:00Z");

  @Autowired ScheduleStore store;
  @Autowired Reminders reminders;
  @Autowired NotificationProperties properties;

  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void everyoneStillConfirmedIsRemindedOnceOnTheirChannelAtNineTheDayBefore() {
    String charterId = "CH-" + UUID.randomUUID();
    CharterSummary charter = sailingOnSail();
    String captain = "cap-" + UUID.randomUUID();
    String crewLocal = localNumber();
    String crew = "crew-" + UUID.randomUUID();
    String released = "crew-" + UUID.randomUUID();
    Instant t0 = Instant.now();
    probe.publish(
        Topic.DISPATCH_EVENTS,
        charterId,
        CaptainConfirmed.newBuilder(Samples.captainConfirmed(charterId))
            .setOccurredAt(t0)
            .setCaptain(Samples.captain(captain))
            .setCharter(charter)
            .build());
    probe.publish(
        Topic.DISPATCH_EVENTS,
        charterId,
        crewConfirmed(
            charterId,
            charter,
            io.crewdispatch.events.Callee.newBuilder(Samples.crew(crew))
                .setPhone("619 " + crewLocal)
                .setChannel(Channel.SMS)
                .build(),
            t0));
    probe.publish(
        Topic.DISPATCH_EVENTS,
        charterId,
        crewConfirmed(charterId, charter, Samples.crew(released), t0));
    probe.publish(
        Topic.DISPATCH_EVENTS,
        charterId,
        SeatReleased.newBuilder()
            .setEventId(Samples.eventId())
            .setOccurredAt(t0.plusSeconds(1))
            .setCharterId(charterId)
            .setPerson(Samples.crew(released))
            .setRole(Rank.CREW)
            .setReason(ReleaseReason.UNAVAILABLE)
            .setCharter(charter)
            .build());
    probe.awaitCommittedPast(Topic.DISPATCH_EVENTS, charterId);
    await()
        .atMost(WAIT)
        .until(
            () ->
                store.due(DUE, 1000).stream().filter(i -> i.id().contains(charterId)).count() == 2);

    MutableClock clock = new MutableClock(DUE.minusSeconds(60));
    RunDueItems first = instance(clock);
    RunDueItems second = instance(clock);
    first.runDue();
    second.runDue();
    assertThat(reminders(captain)).as("not before 09:00").isEmpty();

    clock.advance(Duration.ofSeconds(60));
    CompletableFuture.allOf(
            CompletableFuture.runAsync(first::runDue), CompletableFuture.runAsync(second::runDue))
        .join();
    instance(clock).runDue(); // a restarted instance

    List<MimeMessage> captainMail = reminders(captain);
    assertThat(captainMail).hasSize(1);
    assertThat(subject(captainMail.get(0))).startsWith("Tomorrow: Sea Breeze, Fri Jun 14, ");
    assertThat(awaitOneText(e164(crewLocal)).form().get("Body"))
        .startsWith(
            "Example Yacht Charters: Reminder, you sail tomorrow as crew on Sea Breeze, Fri Jun 14");
    assertThat(texts(e164(crewLocal))).hasSize(1);
    assertThat(MailServer.inbox(crew + "@example.com")).as("an SMS member gets no email").isEmpty();
    assertThat(reminders(released)).as("released").isEmpty();
  }

  @Test
  void aReminderRunOnlyAfterTheCharterLeftIsDroppedUnsent() {
    String charterId = "CH-" + UUID.randomUUID();
    CharterSummary charter = sailingOnSail();
    String captain = "cap-" + UUID.randomUUID();
    probe.publish(
        Topic.DISPATCH_EVENTS,
        charterId,
        CaptainConfirmed.newBuilder(Samples.captainConfirmed(charterId))
            .setOccurredAt(Instant.now())
            .setCaptain(Samples.captain(captain))
            .setCharter(charter)
            .build());
    probe.awaitCommittedPast(Topic.DISPATCH_EVENTS, charterId);
    await().atMost(WAIT).until(() -> dueFor(charterId, DUE) == 1);

    // The service was down from the eve until after the 09:30 departure (16:30 UTC).
    MutableClock clock = new MutableClock(Instant.parse("2030-06-14T16:31:00Z"));
    instance(clock).runDue();

    assertThat(dueFor(charterId, clock.instant())).as("done, not tried again").isZero();
    assertThat(reminders(captain)).isEmpty();
  }

  private long dueFor(String charterId, Instant at) {
    return store.due(at, 1000).stream().filter(i -> i.id().contains(charterId)).count();
  }

  private static CharterSummary sailingOnSail() {
    return CharterSummary.newBuilder(Samples.charterSummary()).setSailDate(SAIL).build();
  }

  private static List<MimeMessage> reminders(String crewId) {
    return MailServer.inbox(crewId + "@example.com").stream()
        .filter(m -> subject(m).startsWith("Tomorrow: "))
        .toList();
  }

  private RunDueItems instance(MutableClock clock) {
    return new RunDueItems(store, List.of(reminders), clock, properties);
  }

  private static CrewConfirmed crewConfirmed(
      String charterId, CharterSummary charter, io.crewdispatch.events.Callee crew, Instant at) {
    return CrewConfirmed.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(at)
        .setCharterId(charterId)
        .setCallId("call-" + UUID.randomUUID())
        .setCrew(crew)
        .setCaptainId("cap-x")
        .setCharter(charter)
        .build();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
