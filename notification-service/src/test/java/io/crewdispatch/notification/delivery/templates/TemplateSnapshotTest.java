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
import io.crewdispatch.notification.delivery.domain.ReleaseNotice;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every kind of email with invented data and compares it with the snapshot in {@code
 * src/test/resources/snapshots/}, so any change to what people receive shows up in review. A
 * missing snapshot fails. After an intended change, or for a new kind of email, regenerate them
 * with {@link #REGENERATE}, then review and commit the snapshots.
 */
class TemplateSnapshotTest {

  static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");
  static final boolean UPDATE = Boolean.getBoolean("snapshots.update");
  static final String REGENERATE =
      "./mvnw -pl notification-service -am test -Dtest=TemplateSnapshotTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dsnapshots.update=true";

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
                "e-withdrawn",
                "call-1",
                CAPTAIN,
                CHARTER,
                WithdrawalReason.FILLED_BY_OTHER,
                CALLED)),
        withdrawn("withdrawn-held-elsewhere", WithdrawalReason.HELD_ELSEWHERE),
        withdrawn("withdrawn-unavailable", WithdrawalReason.UNAVAILABLE),
        withdrawn("withdrawn-certificate-lapsed", WithdrawalReason.CERTIFICATE_LAPSED),
        withdrawn("withdrawn-skipped-by-office", WithdrawalReason.SKIPPED_BY_OFFICE),
        Arguments.of(
            "released-held-elsewhere",
            new ReleaseNotice(
                "e-released", CREW, CHARTER, ReleaseNotice.ReleaseReason.HELD_ELSEWHERE, CALLED)),
        Arguments.of(
            "released-unavailable",
            new ReleaseNotice(
                "e-released-2", CAPTAIN, CHARTER, ReleaseNotice.ReleaseReason.UNAVAILABLE, CALLED)),
        Arguments.of("confirmed", new ConfirmationNotice("e-confirmed", CAPTAIN, CHARTER, CALLED)),
        Arguments.of(
            "confirmed-crew", new ConfirmationNotice("e-confirmed-crew", CREW, CHARTER, CALLED)),
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
                false,
                "alex-marlow",
                List.of("alex-marlow@example.com"),
                "May 2026 Statement — Alex Marlow.xlsx",
                null,
                new byte[] {80, 75, 3, 4},
                false,
                List.of(),
                null,
                null)),
        Arguments.of(
            "statement-corrected",
            new StatementNotice(
                "e-statement-corrected",
                YearMonth.of(2026, 5),
                false,
                true,
                "jordan-reef",
                List.of("jordan-reef@example.com"),
                "May 2026 Statement — Jordan Reef.xlsx",
                null,
                new byte[] {80, 75, 3, 4},
                true,
                List.of(
                    "Changed: Sea Breeze on 2026-05-10 (CH-1001) (status Staffed → Completed,"
                        + " reportable revenue $0.00 → $4,250.00, your pay $0.00 → $180.00)",
                    "Total pay: $0.00 → $180.00"),
                null,
                null)),
        Arguments.of(
            "summary",
            new StatementNotice(
                "e-summary",
                YearMonth.of(2026, 5),
                true,
                false,
                null,
                List.of(),
                "May 2026 Revenue Statement.xlsx",
                "https://docs.google.com/spreadsheets/d/abc123/edit?usp=drivesdk",
                null,
                false,
                List.of(),
                "May 2026 Payroll.csv",
                "crewId,name,charters,dayRateTotal,shareTotal,total\r\n".getBytes())),
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

  private static Arguments withdrawn(String name, WithdrawalReason reason) {
    return Arguments.of(
        name, new WithdrawalNotice("e-" + name, "call-1", CAPTAIN, CHARTER, reason, CALLED));
  }

  @Test
  void aReleaseGoesToThePersonWithTheOfficeCopied() {
    Email email =
        composer.compose(
            new ReleaseNotice(
                "e-release", CREW, CHARTER, ReleaseNotice.ReleaseReason.HELD_ELSEWHERE, CALLED));

    assertThat(email.to()).extracting(Email.Address::email).containsExactly(CREW.email());
    assertThat(email.cc()).extracting(Email.Address::email).containsExactly("office@example.com");
    assertThat(email.text())
        .contains("You're already confirmed on another charter at that time")
        .contains("We are calling someone else for your place.");
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
        Map.ofEntries(
            Map.entry("call-captain", "Captain needed: Sea Breeze, Sun Jun 14, 9:30 AM"),
            Map.entry("call-crew", "Crew needed: Sea Breeze, Sun Jun 14, 9:30 AM"),
            Map.entry("withdrawn", "No longer needed: Sea Breeze, Sun Jun 14"),
            Map.entry("withdrawn-held-elsewhere", "No longer needed: Sea Breeze, Sun Jun 14"),
            Map.entry("withdrawn-unavailable", "No longer needed: Sea Breeze, Sun Jun 14"),
            Map.entry("withdrawn-certificate-lapsed", "No longer needed: Sea Breeze, Sun Jun 14"),
            Map.entry("withdrawn-skipped-by-office", "No longer needed: Sea Breeze, Sun Jun 14"),
            Map.entry("released-held-elsewhere", "Taken off: Sea Breeze, Sun Jun 14"),
            Map.entry("released-unavailable", "Taken off: Sea Breeze, Sun Jun 14"),
            Map.entry("confirmed", "Confirmed: you are the captain of Sea Breeze, Sun Jun 14"),
            Map.entry("confirmed-crew", "Confirmed: you are crew on Sea Breeze, Sun Jun 14"),
            Map.entry("staffed", "Staffed: Sea Breeze, Sun Jun 14, 9:30 AM"),
            Map.entry("stall-alert", "ACTION NEEDED: Sea Breeze, Sun Jun 14 stalled"),
            Map.entry("statement", "Your statement for May 2026"),
            Map.entry("statement-corrected", "Corrected statement for May 2026"),
            Map.entry("summary", "Monthly summary for May 2026"),
            Map.entry("credentials-alert", "ACTION NEEDED: Gmail sending stopped"),
            Map.entry("dead-letter-digest", "ACTION NEEDED: 2 records could not be handled"));
    assertThat(email.subject()).isEqualTo(prefixes.get(name));
    assertThat(email.from().email()).isEqualTo("dispatch@example.com");
    assertThat(email.messageId())
        .contains(notice.eventId())
        .startsWith("<")
        .endsWith("@example.com>");
  }

  private static void matchesSnapshot(String file, String rendered) throws IOException {
    Path snapshot = SNAPSHOTS.resolve(file);
    if (UPDATE) {
      Files.createDirectories(SNAPSHOTS);
      Files.writeString(snapshot, rendered, StandardCharsets.UTF_8);
    }
    // A missing snapshot is a failure, not a new baseline: otherwise deleting one would pass.
    assertThat(snapshot)
        .as("no snapshot %s; write it with %s, then review and commit it", snapshot, REGENERATE)
        .exists();
    assertThat(rendered)
        .as("rendered %s differs from its snapshot; if intended, update with %s", file, REGENERATE)
        .isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
  }
}
