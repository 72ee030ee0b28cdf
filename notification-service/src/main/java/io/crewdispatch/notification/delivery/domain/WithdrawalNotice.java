package io.crewdispatch.notification.delivery.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A call (open or confirmed) was withdrawn at {@code occurredAt}: the person is no longer needed.
 */
public record WithdrawalNotice(
    String eventId,
    String callId,
    Person callee,
    Charter charter,
    WithdrawalReason reason,
    Instant occurredAt)
    implements Notice {

  @Override
  public NoticeKind kind() {
    return NoticeKind.WITHDRAWN;
  }

  @Override
  public String key() {
    return charter.charterId();
  }

  @Override
  public Optional<String> charterId() {
    return Optional.of(charter.charterId());
  }
}
