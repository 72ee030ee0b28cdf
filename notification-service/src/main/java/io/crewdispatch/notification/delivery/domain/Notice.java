package io.crewdispatch.notification.delivery.domain;

import java.util.Optional;

/**
 * Something that happened which someone must be told by email: one event, one message. {@code
 * eventId} is the id of the event that caused it; {@code key} is what notification-events is keyed
 * by (the charter, or the month for statements).
 */
public sealed interface Notice
    permits CallNotice,
        WithdrawalNotice,
        ReleaseNotice,
        ConfirmationNotice,
        StaffedNotice,
        StallNotice,
        StatementNotice,
        CredentialsAlertNotice,
        DeadLetterDigestNotice,
        TextNotice,
        ReminderNotice,
        PortalLinkNotice,
        CertificateNotice,
        IntegrationAlertNotice,
        OfficeTextNotice {

  String eventId();

  NoticeKind kind();

  String key();

  Optional<String> charterId();

  /** The notification-log key: one message per delivery id, ever. */
  default String deliveryId() {
    return eventId();
  }
}
