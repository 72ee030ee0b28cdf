package io.crewdispatch.roster.certificate.application;

import io.crewdispatch.platform.logging.Failures;
import io.crewdispatch.roster.config.RosterProperties;
import io.crewdispatch.roster.member.application.MemberStore;
import io.crewdispatch.roster.member.application.MembersSynced;
import io.crewdispatch.roster.member.application.StoredMember;
import io.crewdispatch.roster.member.domain.Member;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Flow 15: the office hears {@code warn-days-before} days before any active member's certificate
 * lapses (a certificate found already lapsed is said at once), once per member, certificate and
 * expiry date: a renewed certificate has a new date and is warned about again before that one.
 * Checked after each sync and on a timer, because days pass while the sheet stays the same.
 */
@Service
public class WarnOfLapsingCertificates implements MembersSynced {

  private static final Logger log = LoggerFactory.getLogger(WarnOfLapsingCertificates.class);

  private final CertificateWarnings warnings;
  private final CertificateEvents events;
  private final MemberStore store;
  private final Clock clock;
  private final ZoneId zone;
  private final int daysBefore;

  WarnOfLapsingCertificates(
      CertificateWarnings warnings,
      CertificateEvents events,
      MemberStore store,
      Clock clock,
      RosterProperties properties) {
    this.warnings = warnings;
    this.events = events;
    this.store = store;
    this.clock = clock;
    this.zone = properties.operatorTimeZone();
    this.daysBefore = properties.certificates().warnDaysBefore();
  }

  /** Checks every stored member (the timer's run). */
  public int checkStored() {
    return check(store.loadAll().values().stream().map(StoredMember::member).toList());
  }

  @Override
  public void synced(Collection<Member> members) {
    check(members);
  }

  /** Warns of each certificate of these members that lapses within the window; returns how many. */
  public int check(Collection<Member> members) {
    LocalDate horizon = LocalDate.now(clock.withZone(zone)).plusDays(daysBefore);
    int warned = 0;
    for (Member member : members) {
      if (!member.active()) {
        continue; // nobody calls them; the office hears when they are made active again
      }
      for (var certificate : member.certificates().entrySet()) {
        if (!certificate.getValue().isAfter(horizon)
            && warn(member, certificate.getKey(), certificate.getValue())) {
          warned++;
        }
      }
    }
    return warned;
  }

  private boolean warn(Member member, String certificate, LocalDate expiresOn) {
    if (!warnings.claim(member.crewId(), certificate, expiresOn)) {
      return false;
    }
    try {
      events.publish(
          new LapsingCertificate(
              member.crewId(), member.name(), member.rank(), certificate, expiresOn));
      log.info("event=certificate_expiring crewId={} expiresOn={}", member.crewId(), expiresOn);
      return true;
    } catch (RuntimeException brokerDown) {
      warnings.release(member.crewId(), certificate, expiresOn);
      log.warn(
          "event=certificate_warning_deferred crewId={} error={}",
          member.crewId(),
          Failures.describe(brokerDown));
      return false;
    }
  }
}
