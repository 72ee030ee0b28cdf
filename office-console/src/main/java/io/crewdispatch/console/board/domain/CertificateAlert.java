package io.crewdispatch.console.board.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A certificate lapses soon (roster-service's CertificateExpiring, 30 days ahead): one per member,
 * certificate and expiry date.
 */
public record CertificateAlert(
    String eventId,
    String crewId,
    String name,
    OpenCall.Role rank,
    String certificate,
    LocalDate expiresOn,
    Instant raisedAt) {

  /**
   * Still worth the office's attention: the member's current record (when the console has one) does
   * not show the certificate renewed past this expiry.
   */
  public boolean current(Map<String, Member> members) {
    Member member = members.get(crewId);
    if (member == null) {
      return true;
    }
    LocalDate now = member.certificates().get(certificate);
    return now == null || !now.isAfter(expiresOn);
  }
}
