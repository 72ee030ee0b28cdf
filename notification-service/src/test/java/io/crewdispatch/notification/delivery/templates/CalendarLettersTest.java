package io.crewdispatch.notification.delivery.templates;

import static io.crewdispatch.notification.delivery.templates.TemplateSnapshotTest.CALLED;
import static io.crewdispatch.notification.delivery.templates.TemplateSnapshotTest.CHARTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.delivery.domain.ConfirmationNotice;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.delivery.domain.Reach;
import io.crewdispatch.notification.delivery.domain.ReleaseNotice;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.delivery.domain.WithdrawalNotice;
import io.crewdispatch.notification.delivery.domain.WithdrawalReason;
import io.crewdispatch.notification.support.MutableClock;
import io.crewdispatch.notification.support.TestProperties;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which letters carry a calendar part, and which method. */
class CalendarLettersTest {

  static final Person BY_EMAIL =
      new Person("jordan-reef", "Jordan Reef", "jordan@example.com", "+1 555 0101", Role.CREW);
  static final Person BY_TEXT =
      new Person("sam-tide", "Sam Tide", "sam@example.com", "+1 555 0102", Role.CREW, Reach.SMS);
  static final Person TEXT_WITHOUT_PHONE =
      new Person("kai-shore", "Kai Shore", "kai@example.com", null, Role.CREW, Reach.SMS);

  ThymeleafComposer composer =
      new ThymeleafComposer(TestProperties.defaults(), new MutableClock(CALLED));

  @Test
  void aConfirmationInvitesWhoeverEmailReaches() {
    assertThat(method(composer.compose(confirmed(BY_EMAIL)))).isEqualTo("REQUEST");
    assertThat(method(composer.compose(confirmed(TEXT_WITHOUT_PHONE)))).isEqualTo("REQUEST");
    assertThat(composer.compose(confirmed(BY_TEXT)).calendar()).isNull();
  }

  @Test
  void aReleaseCancelsTheEntryOfWhoeverHadOne() {
    Email released =
        composer.compose(
            new ReleaseNotice(
                "e-r", BY_EMAIL, CHARTER, ReleaseNotice.ReleaseReason.UNAVAILABLE, CALLED));
    Email releasedByText =
        composer.compose(
            new ReleaseNotice(
                "e-r2", BY_TEXT, CHARTER, ReleaseNotice.ReleaseReason.UNAVAILABLE, CALLED));

    assertThat(method(released)).isEqualTo("CANCEL");
    assertThat(ics(released)).contains("METHOD:CANCEL", "STATUS:CANCELLED");
    assertThat(releasedByText.calendar()).isNull();
  }

  @Test
  void onlyACancelledCharterCancelsAWithdrawnPersonsEntry() {
    assertThat(method(composer.compose(withdrawn(WithdrawalReason.CHARTER_CANCELLED))))
        .isEqualTo("CANCEL");
    for (WithdrawalReason reason : WithdrawalReason.values()) {
      if (reason != WithdrawalReason.CHARTER_CANCELLED) {
        assertThat(composer.compose(withdrawn(reason)).calendar()).as(reason.name()).isNull();
      }
    }
  }

  private static ConfirmationNotice confirmed(Person person) {
    return new ConfirmationNotice("e-" + person.crewId(), person, CHARTER, CALLED);
  }

  private static WithdrawalNotice withdrawn(WithdrawalReason reason) {
    return new WithdrawalNotice("e-" + reason, "call-1", BY_EMAIL, CHARTER, reason, CALLED);
  }

  private static String method(Email email) {
    assertThat(email.calendar()).isNotNull();
    assertThat(ics(email)).contains("METHOD:" + email.calendar().method());
    return email.calendar().method();
  }

  private static String ics(Email email) {
    return new String(email.calendar().content(), StandardCharsets.UTF_8);
  }
}
