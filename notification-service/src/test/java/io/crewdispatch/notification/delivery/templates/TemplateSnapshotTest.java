package io.crewdispatch.notification.delivery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.delivery.domain.CallNotice;
import io.crewdispatch.notification.delivery.domain.Charter;
import io.crewdispatch.notification.delivery.domain.ConfirmationNotice;
import io.crewdispatch.notification.delivery.domain.CredentialsAlertNotice;
import io.crewdispatch.notification.delivery.domain.DeadLetterDigestNotice;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.domain.Notice;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.delivery.domain.StaffedNotice;
import io.crewdispatch.notification.delivery.domain.StallNotice;
import io.crewdispatch.notification.delivery.domain.StatementNotice;
import io.crewdispatch.notification.delivery.domain.WithdrawalNotice;
import io.crewdispatch.notification.delivery.domain.WithdrawalReason;
import io.crewdispatch.notification.support.MutableClock;
import io.crewdispatch.notification.support.TestProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every kind of email with invented data and compares it with the snapshot in {@code
 * src/test/resources/snapshots/}, so any change to what people receive shows up in review. After an
 * intended change: {@code ./mvnw -pl notification-service test -Dtest=TemplateSnapshotTest
 * -Dsnapshots.update=true}, then review and commit the snapshots.
 */
class TemplateSnapshotTest {

  static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");
  static final boolean UPDATE = Boolean.getBoolean("snapshots.update");

  static final Charter CHARTER =
      new Charter(
          "CH-1001",
          "Sea Breeze",
          LocalDate.of(2026, 6, 14),
          LocalTime.of(9, 30),
          LocalTime.of(13, 30),
          ZoneId.of("America/Los_Angeles"),
          8);
  static final Person CAPTAIN =
      new Person(
          "alex-marlow", "Alex Marlow", "alex-marlow@example.com", "+1 555 0100", Role.CAPTAIN);
  static final Person CREW =
      new Person("jordan-reef", "Jordan Reef", "jordan-reef@example.com", null, Role.CREW);
  static final Person CREW_TWO =
      new Person("sam-tide", "Sam Tide", "sam-tide@example.com", "+1 555 0102", Role.CREW);
  static final Instant CALLED = Instant.parse("2026-06-01T16:00:00Z");

  ThymeleafComposer composer =
      new ThymeleafComposer(
          TestProperties.defaults(), new MutableClock(Instant.parse("2026-06-01T16:05:00Z")));

  static Stream<Arguments> notices() {
    CallNotice captainCall =
        new CallNotice(
            "e-call",
            "call-1",
            CAPTAIN,
            CHARTER,
            "https://crew.example.com/crew/accept?token=cd1_AbC-123_x&lang=en",
            "https://crew.example.com/crew/decline?token=cd1_XyZ-789_y&lang=en",
            CALLED.plusSeconds(7200),
            CALLED.plusSeconds(9000));
    return Stream.of(
        Arguments.of("call-captain", captainCall),
        Arguments.of(
            "call-crew",
            new CallNotice(
                "e-call-crew",
                "call-2",
                CREW,
                CHARTER,
                "https://crew.example.com/crew/accept?token=cd1_crew",
                "https://crew.example.com/crew/decline?token=cd1_crew2",
                CALLED.plusSeconds(3600),
                CALLED.plusSeconds(5400))),
        Arguments.of(
            "withdrawn",
            new WithdrawalNotice(
                "e-withdrawn", "call-1", CAPTAIN, CHARTER, WithdrawalReason.FILLED_BY_OTHER)),
        Arguments.of("confirmed", new ConfirmationNotice("e-confirmed", CAPTAIN, CHARTER)),
        Arguments.of(
            "staffed", new StaffedNotice("e-staffed", CAPTAIN, List.of(CREW, CREW_TWO), CHARTER)),
        Arguments.of(
            "stall-alert",
            new StallNotice(
                "e-stall",
                CHARTER,
                StallNotice.Reason.CAPTAINS_EXHAUSTED,
                List.of(
                    new StallNotice.Attempt(
                        "alex-marlow", "Alex Marlow", CALLED, StallNotice.Outcome.DECLINED),
                    new StallNotice.Attempt(
                        "casey-harbor",
                        "Casey Harbor",
                        CALLED.plusSeconds(7200),
                        StallNotice.Outcome.TIMED_OUT)))),
        Arguments.of(
            "statement",
            new StatementNotice(
                "e-statement",
                YearMonth.of(2026, 5),
                false,
                "alex-marlow",
                List.of("alex-marlow@example.com"),
                "statement-2026-05-alex-marlow.xlsx",
                null,
                new byte[] {80, 75, 3, 4})),
        Arguments.of(
            "summary",
            new StatementNotice(
                "e-summary",
                YearMonth.of(2026, 5),
                true,
                null,
                List.of(),
                "summary-2026-05.xlsx",
                "https://docs.google.com/spreadsheets/d/abc123/edit?usp=drivesdk",
                null)),
        Arguments.of(
            "credentials-alert",
            new CredentialsAlertNotice(
                captainCall,
                "Google refused the Gmail refresh token: invalid_grant (Token has been expired or"
                    + " revoked.)")),
        Arguments.of(
            "dead-letter-digest",
            new DeadLetterDigestNotice(
                3,
                List.of(
                    new DeadLetterDigestNotice.DeadLetterLine(
                        "d-1",
                        "dispatch-service",
                        "charter-events",
                        1,
                        41,
                        "CH-1",
                        "CharterBooked",
                        "NonRetryableEventException: Invalid event: charter.vessel is blank"),
                    new DeadLetterDigestNotice.DeadLetterLine(
                        "d-2",
                        "dispatch-service",
                        "dispatch-events",
                        -1,
                        -1,
                        "CH-2",
                        "CaptainCalled",
                        "RecordTooLargeException: The message is 2000000 bytes")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notices")
  void everyKindRendersAsItsSnapshot(String name, Notice notice) throws IOException {
    Email email = composer.compose(notice);

    matchesSnapshot(name + ".html", email.html());
    matchesSnapshot(name + ".txt", email.text());
    assertThat(email.html()).doesNotContain("${", "[(", " th:", "xmlns:th");
    assertThat(email.text()).doesNotContain("${", "[(", "[#", "[/]");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notices")
  void subjectsAndRecipientsFollowTheKind(String name, Notice notice) {
    Email email = composer.compose(notice);

    Map<String, String> prefixes =
        Map.of(
            "call-captain", "Captain needed: Sea Breeze, Sun Jun 14, 9:30 AM",
            "call-crew", "Crew needed: Sea Breeze, Sun Jun 14, 9:30 AM",
            "withdrawn", "No longer needed: Sea Breeze, Sun Jun 14",
            "confirmed", "Confirmed: you are the captain of Sea Breeze, Sun Jun 14",
            "staffed", "Staffed: Sea Breeze, Sun Jun 14, 9:30 AM",
            "stall-alert", "ACTION NEEDED: Sea Breeze, Sun Jun 14 stalled",
            "statement", "Your statement for May 2026",
            "summary", "Monthly summary for May 2026",
            "credentials-alert", "ACTION NEEDED: Gmail sending stopped",
            "dead-letter-digest", "ACTION NEEDED: 2 records could not be handled");
    assertThat(email.subject()).isEqualTo(prefixes.get(name));
    assertThat(email.from().email()).isEqualTo("dispatch@example.com");
    assertThat(email.messageId())
        .contains(notice.eventId())
        .startsWith("<")
        .endsWith("@example.com>");
  }

  private static void matchesSnapshot(String file, String rendered) throws IOException {
    Path snapshot = SNAPSHOTS.resolve(file);
    if (UPDATE || !Files.exists(snapshot)) {
      Files.createDirectories(SNAPSHOTS);
      Files.writeString(snapshot, rendered, StandardCharsets.UTF_8);
    }
    assertThat(rendered)
        .as(
            "rendered %s differs from its snapshot; if intended, update with -Dsnapshots.update=true",
            file)
        .isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
  }
}
