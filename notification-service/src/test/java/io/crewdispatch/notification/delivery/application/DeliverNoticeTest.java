package io.crewdispatch.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.Charter;
import io.crewdispatch.notification.delivery.domain.ConfirmationNotice;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.domain.Notice;
import io.crewdispatch.notification.delivery.domain.NoticeKind;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.support.MutableClock;
import io.crewdispatch.notification.support.TestProperties;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Exactly one email per event, whatever happens around the send: redelivery, crashes, refused
 * credentials, permanent and temporary failures. Fakes of our own ports only.
 */
class DeliverNoticeTest {

  MutableClock clock = new MutableClock(Instant.parse("2026-06-01T16:00:00Z"));
  NotificationProperties properties = TestProperties.defaults();
  InMemoryDeliveryLog log = new InMemoryDeliveryLog();
  List<String> published = new ArrayList<>();
  List<Instant> announcedAt = new ArrayList<>();
  List<String> archived = new ArrayList<>();
  List<Email> sent = new ArrayList<>();
  List<Email> alerts = new ArrayList<>();
  Deque<Supplier<RuntimeException>> failures = new ArrayDeque<>();
  boolean failNextAnnouncement;
  List<DeliveryStatus> statusWhenAnnounced = new ArrayList<>();
  int publications;

  DeliveryEvents events =
      new DeliveryEvents() {
        @Override
        public void sent(Parcel parcel, String messageId, Instant sentAt) {
          Notice notice = parcel.notice();
          statusWhenAnnounced.add(log.get(parcel.deliveryId()).status);
          if (failNextAnnouncement) {
            failNextAnnouncement = false;
            throw new IllegalStateException("broker down");
          }
          published.add("sent:" + notice.kind() + ":" + notice.eventId() + ":" + messageId);
          announcedAt.add(sentAt);
        }

        @Override
        public void sentAll(List<Announcement> sent) {
          publications++;
          sent.forEach(a -> sent(a.parcel(), a.messageId(), a.sentAt()));
        }

        @Override
        public void failed(Parcel parcel, DeliveryStatus status, String error) {
          Notice notice = parcel.notice();
          published.add("failed:" + notice.kind() + ":" + notice.eventId() + ":" + status);
        }
      };

  /** Sends that succeed before the queued failures start. */
  int succeedFirst;

  MailTransport transport =
      email -> {
        Supplier<RuntimeException> failure = succeedFirst-- > 0 ? null : failures.poll();
        if (failure != null) {
          throw failure.get();
        }
        sent.add(email);
        return new SentMail("id-" + sent.size(), email.subject().getBytes());
      };

  List<String> health = new ArrayList<>();

  MailHealth mailHealth =
      new MailHealth() {
        @Override
        public void working() {
          health.add("working");
        }

        @Override
        public void failing(String detail) {
          health.add("failing");
        }

        @Override
        public void refused(String detail) {
          health.add("refused");
        }
      };

  DeliverNotice deliverNotice = deliverNotice(Optional.of(email -> record(alerts, email)));

  @Test
  void firstDeliverySendsRecordsKeepsACopyAndAnnounces() {
    Notice notice = notice();

    deliverNotice.deliver(notice);

    assertThat(sent).hasSize(1);
    assertThat(log.get(notice.eventId()).status).isEqualTo(DeliveryStatus.SENT);
    assertThat(log.get(notice.eventId()).sentAt).isEqualTo(clock.instant());
    assertThat(archived).containsExactly("CONFIRMED:" + notice.eventId());
    assertThat(published).containsExactly("sent:CONFIRMED:" + notice.eventId() + ":id-1");
    assertThat(announcedAt).containsExactly(clock.instant());
    assertThat(log.writes).as("claim, sent: nothing remembers the announcement").isEqualTo(2);
  }

  @Test
  void aBacklogIsClaimedAndRecordedAChunkAtATimeAndAnnouncedInOnePublicationEach() {
    List<Notice> notices = notices(DeliveryPipeline.TOGETHER + 5);

    List<Notice> done = deliverNotice.deliverTogether(notices);

    assertThat(done).isEqualTo(notices);
    assertThat(sent).hasSize(notices.size());
    assertThat(notices)
        .allSatisfy(n -> assertThat(log.get(n.eventId()).status).isEqualTo(DeliveryStatus.SENT));
    assertThat(log.writes).as("per chunk: one claim, one record").isEqualTo(4);
    assertThat(publications).isEqualTo(2);
    assertThat(published).hasSize(notices.size());
    assertThat(statusWhenAnnounced).containsOnly(DeliveryStatus.SENT);
    assertThat(archived).hasSize(notices.size());
    assertThat(health).containsExactly("working");
  }

  @Test
  void aBacklogHoldingANoticeSentBeforeClaimsNothingTogetherAndEachGoesAlone() {
    List<Notice> notices = notices(4);
    deliverNotice.deliver(notices.get(2));

    assertThat(deliverNotice.deliverTogether(notices)).isEmpty();
    assertThat(sent).as("only the one sent before").hasSize(1);
    assertThat(log.get(notices.get(0).eventId())).as("nothing claimed").isNull();

    notices.forEach(deliverNotice::deliver);
    assertThat(sent).as("each once").hasSize(4);
  }

  @Test
  void aSendThatFailsInABacklogRecordsThoseBeforeAndLetsTheRestGoAloneAtOnce() {
    List<Notice> notices = notices(5);
    succeedFirst = 2;
    failures.add(() -> new TransientDeliveryException("SMTP send failed: ConnectException", null));

    List<Notice> done = deliverNotice.deliverTogether(notices);

    assertThat(done).isEqualTo(notices.subList(0, 2));
    assertThat(published).hasSize(2);
    assertThat(notices.subList(2, 5))
        .as("claims given up, so they need not wait out the lease")
        .allSatisfy(
            n -> assertThat(log.get(n.eventId()).status).isEqualTo(DeliveryStatus.RETRYING));
    notices.subList(2, 5).forEach(deliverNotice::deliver);
    assertThat(sent).as("each once").hasSize(5);
    assertThat(published).hasSize(5);
  }

  @Test
  void aRecordTogetherThatFailsIsRetriedOneByOneSoNothingIsSentAgain() {
    List<Notice> notices = notices(3);
    log.failingRecords = 1;

    assertThat(deliverNotice.deliverTogether(notices)).isEqualTo(notices);
    assertThat(notices)
        .allSatisfy(n -> assertThat(log.get(n.eventId()).status).isEqualTo(DeliveryStatus.SENT));
    notices.forEach(deliverNotice::deliver);
    assertThat(sent).as("each once").hasSize(3);
  }

  @Test
  void theSendIsRecordedBeforeItIsAnnouncedSoADeathWhileAnnouncingNeverSendsAgain() {
    Notice notice = notice();

    deliverNotice.deliver(notice);

    // Had NotificationSent gone out first, a kill while waiting for the broker's ack would leave
    // the item SENDING, and the redelivery would send the email a second time.
    assertThat(statusWhenAnnounced).containsExactly(DeliveryStatus.SENT);
  }

  /**
   * A redelivery sends nothing and announces the same NotificationSent again (same event id and
   * time): nothing records that the first announcement went, and consumers drop the duplicate.
   */
  @Test
  void redeliveredNoticeSendsNothingAndAnnouncesTheSameEventAgain() {
    Notice notice = notice();
    deliverNotice.deliver(notice);
    Instant sentAt = clock.instant();
    clock.advance(Duration.ofMinutes(5));

    deliverNotice.deliver(notice);
    deliverNotice.deliver(notice);

    assertThat(sent).hasSize(1);
    assertThat(published).containsOnly("sent:CONFIRMED:" + notice.eventId() + ":id-1");
    assertThat(announcedAt).containsExactly(sentAt, sentAt, sentAt);
  }

  @Test
  void sentButUnannouncedNoticeIsAnnouncedOnRedeliveryWithoutSendingAgain() {
    Notice notice = notice();
    Instant sentAt = clock.instant();
    failNextAnnouncement = true;
    assertThatThrownBy(() -> deliverNotice.deliver(notice)).hasMessage("broker down");
    assertThat(log.get(notice.eventId()).status).isEqualTo(DeliveryStatus.SENT);
    assertThat(published).isEmpty();
    assertThat(archived).containsExactly("CONFIRMED:" + notice.eventId());
    clock.advance(Duration.ofSeconds(30));

    deliverNotice.deliver(notice);

    assertThat(sent).hasSize(1);
    assertThat(published).containsExactly("sent:CONFIRMED:" + notice.eventId() + ":id-1");
    assertThat(announcedAt).containsExactly(sentAt);
  }

  @Test
  void crashAfterSendingBeforeRecordingWaitsOutTheLeaseThenSendsTheSameMessageIdAgain() {
    Notice notice = notice();
    // A sender claimed it, handed it to the mail system and died before recording: SENDING stays.
    log.claim(
        new DeliveryLog.Attempt(notice.eventId(), notice.eventId(), "CONFIRMED", "CH-1", List.of()),
        clock.instant(),
        clock.instant().plus(properties.claimLease()));

    assertThatThrownBy(() -> deliverNotice.deliver(notice))
        .isInstanceOf(DeliveryDeferredException.class);
    assertThat(sent).isEmpty();

    clock.advance(properties.claimLease().plus(Duration.ofSeconds(1)));
    deliverNotice.deliver(notice);

    assertThat(sent)
        .singleElement()
        .satisfies(e -> assertThat(e.messageId()).contains(notice.eventId()));
  }

  @Test
  void permanentFailureIsReportedOnceAndTheNoticeIsUndeliverable() {
    Notice notice = notice();
    failures.add(() -> new PermanentDeliveryException("Invalid address", "Invalid: x", null));
    failures.add(() -> new PermanentDeliveryException("Invalid address", "Invalid: x", null));

    assertThatThrownBy(() -> deliverNotice.deliver(notice))
        .isInstanceOf(UndeliverableNoticeException.class);
    assertThatThrownBy(() -> deliverNotice.deliver(notice))
        .isInstanceOf(UndeliverableNoticeException.class);

    assertThat(published).containsExactly("failed:CONFIRMED:" + notice.eventId() + ":FAILED");
    assertThat(log.get(notice.eventId()).error).isEqualTo("Invalid: x");
  }

  @Test
  void refusedCredentialsHoldNoticesAlertTheOfficeOnceAndSendThemOnceAuthorized() {
    Notice first = notice();
    Notice second = notice();
    for (int i = 0; i < 3; i++) {
      failures.add(() -> new CredentialsRefusedException("invalid_grant: run authorize"));
    }

    for (Notice attempt : List.of(first, first, second)) {
      assertThatThrownBy(() -> deliverNotice.deliver(attempt))
          .isInstanceOf(DeliveryDeferredException.class)
          .satisfies(
              e -> assertThat(((DeliveryDeferredException) e).credentialsRefused()).isTrue());
    }

    assertThat(log.get(first.eventId()).status).isEqualTo(DeliveryStatus.HELD);
    assertThat(alerts)
        .singleElement()
        .satisfies(a -> assertThat(a.subject()).isEqualTo("ACTION NEEDED: Gmail sending stopped"));
    assertThat(published)
        .containsExactly(
            "failed:CONFIRMED:" + first.eventId() + ":HELD",
            "sent:CREDENTIALS_ALERT:" + first.eventId() + ":alert-1",
            "failed:CONFIRMED:" + second.eventId() + ":HELD");

    deliverNotice.deliver(first);
    deliverNotice.deliver(second);
    assertThat(sent).hasSize(2);

    failures.add(() -> new CredentialsRefusedException("revoked again"));
    assertThatThrownBy(() -> deliverNotice.deliver(notice()))
        .isInstanceOf(DeliveryDeferredException.class);
    assertThat(alerts).as("a new outage alerts again").hasSize(2);
  }

  @Test
  void withoutAnAlertTransportRefusedCredentialsStillHoldTheNotice() {
    DeliverNotice withoutSmtp = deliverNotice(Optional.empty());
    failures.add(() -> new CredentialsRefusedException("invalid_grant"));
    Notice notice = notice();

    assertThatThrownBy(() -> withoutSmtp.deliver(notice))
        .isInstanceOf(DeliveryDeferredException.class);

    assertThat(log.get(notice.eventId()).status).isEqualTo(DeliveryStatus.HELD);
    assertThat(published).containsExactly("failed:CONFIRMED:" + notice.eventId() + ":HELD");
    assertThat(health)
        .as("the office hears of it on ops-events even without SMTP")
        .containsExactly("refused");
  }

  @Test
  void temporaryFailureFreesTheClaimSoTheRetrySendsAtOnce() {
    Notice notice = notice();
    failures.add(() -> new TransientDeliveryException("SMTP send failed: ConnectException", null));

    assertThatThrownBy(() -> deliverNotice.deliver(notice))
        .isInstanceOf(DeliveryDeferredException.class);
    assertThat(log.get(notice.eventId()).status).isEqualTo(DeliveryStatus.RETRYING);

    deliverNotice.deliver(notice);
    assertThat(sent).hasSize(1);
    assertThat(published).containsExactly("sent:CONFIRMED:" + notice.eventId() + ":id-1");
    assertThat(health).containsExactly("failing", "working");
  }

  @Test
  void aRecordThatFailsAfterTheSendIsRetriedInPlaceSoTheRedeliverySendsNothing() {
    Notice notice = notice();
    log.failingRecords = 2;

    deliverNotice.deliver(notice);
    deliverNotice.deliver(notice);

    assertThat(sent).hasSize(1);
    assertThat(log.get(notice.deliveryId()).status).isEqualTo(DeliveryStatus.SENT);
    String announced = "sent:CONFIRMED:" + notice.eventId() + ":id-1";
    assertThat(published)
        .as("the redelivery announces the same event")
        .containsExactly(announced, announced);
  }

  @Test
  void aSendSlowerThanTheLeaseKeepsItsClaimSoNoSecondDeliveryTakesOver() {
    properties = TestProperties.with(Map.of("crewdispatch.notification.claim-lease", "300ms"));
    Notice notice = notice();
    List<DeliveryLog.Claim> rivals = new ArrayList<>();
    transport =
        email -> {
          clock.advance(Duration.ofSeconds(1)); // the lease taken at the claim has run out
          pause(450); // the heartbeat renews every 100 ms of real time
          rivals.add(
              log.claim(
                  new DeliveryLog.Attempt(
                      notice.deliveryId(), notice.eventId(), "CONFIRMED", "CH-1", List.of()),
                  clock.instant(),
                  clock.instant().plusSeconds(180)));
          sent.add(email);
          return new SentMail("id-slow", new byte[0]);
        };

    deliverNotice(Optional.empty()).deliver(notice);

    assertThat(rivals).singleElement().isInstanceOf(DeliveryLog.Busy.class);
    assertThat(log.get(notice.deliveryId()).status).isEqualTo(DeliveryStatus.SENT);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private DeliverNotice deliverNotice(Optional<AlertTransport> alertTransport) {
    MessageComposer composer =
        notice ->
            new Email(
                new Email.Address("dispatch@example.com", "Crew Dispatch"),
                List.of(new Email.Address("alex@example.com", "Alex")),
                List.of(),
                notice.kind() == NoticeKind.CREDENTIALS_ALERT
                    ? "ACTION NEEDED: Gmail sending stopped"
                    : "Confirmed",
                "<p>hi</p>",
                "hi",
                List.of(),
                "<" + notice.kind() + "." + notice.eventId() + "@example.com>");
    DeliveryPipeline pipeline =
        new DeliveryPipeline(
            composer,
            log,
            events,
            (kind, eventId, at, mime) -> archived.add(kind + ":" + eventId),
            () -> {},
            clock,
            properties);
    return new DeliverNotice(
        pipeline, transport, new CredentialsAlarm(pipeline, alertTransport), mailHealth);
  }

  private static SentMail record(List<Email> into, Email email) {
    into.add(email);
    return new SentMail("alert-" + into.size(), new byte[0]);
  }

  private static List<Notice> notices(int count) {
    List<Notice> notices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      notices.add(notice());
    }
    return notices;
  }

  private static Notice notice() {
    return new ConfirmationNotice(
        UUID.randomUUID().toString(),
        new Person("alex-marlow", "Alex Marlow", "alex@example.com", null, Role.CAPTAIN),
        new Charter(
            "CH-1",
            "Sea Breeze",
            LocalDate.of(2026, 6, 14),
            LocalTime.of(9, 30),
            LocalTime.of(13, 30),
            ZoneId.of("America/Los_Angeles"),
            8),
        Instant.parse("2026-06-01T16:00:00Z"));
  }
}
