package io.crewdispatch.notification.delivery.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The office hears that a member's certificate lapses soon (flow 15): one email per member,
 * certificate and lapse date, whatever the event id, so a warning repeated (or re-published) is not
 * mailed twice while a renewed certificate's next lapse is.
 */
public record CertificateNotice(
    String eventId, String crewId, String name, Role role, String certificate, LocalDate expiresOn)
    implements Notice {

  @Override
  public NoticeKind kind() {
    return NoticeKind.CERTIFICATE_EXPIRING;
  }

  @Override
  public String key() {
    return "ops";
  }

  @Override
  public Optional<String> charterId() {
    return Optional.empty();
  }

  @Override
  public String deliveryId() {
    return "cert#" + crewId + "#" + certificate + "#" + expiresOn;
  }
}
