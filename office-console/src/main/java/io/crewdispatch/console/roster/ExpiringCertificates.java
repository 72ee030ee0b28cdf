package io.crewdispatch.console.roster;

import io.crewdispatch.console.board.application.BoardStore;
import io.crewdispatch.console.board.domain.CertificateAlert;
import io.crewdispatch.console.board.domain.Member;
import io.crewdispatch.console.config.ConsoleProperties;
import io.crewdispatch.console.live.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Certificates lapsing soon: roster-service's warnings (CertificateExpiring) not since renewed, and
 * what the members' own records show within the window. One line per member and certificate.
 */
@Component
public class ExpiringCertificates {

  private final BoardStore store;
  private final Clock clock;
  private final ConsoleProperties properties;

  ExpiringCertificates(BoardStore store, Clock clock, ConsoleProperties properties) {
    this.store = store;
    this.clock = clock;
    this.properties = properties;
  }

  /** roster-service's warnings the office has still to act on (the board's "needs you"). */
  public List<Expiring> warnings() {
    Map<String, Member> members = members();
    LocalDate today = today();
    List<Expiring> warnings = new ArrayList<>();
    for (CertificateAlert alert : store.certificateAlerts()) {
      if (alert.current(members)) {
        warnings.add(
            expiring(alert.crewId(), alert.name(), alert.certificate(), alert.expiresOn(), today));
      }
    }
    warnings.sort(Comparator.comparing(Expiring::expiresOn).thenComparing(Expiring::name));
    return warnings;
  }

  /** The warnings and every certificate the roster shows lapsing within the window, by name. */
  public List<Expiring> all() {
    LocalDate today = today();
    LocalDate soon = today.plusDays(properties.needsYou().certificateWithin().toDays());
    Map<String, Expiring> lines = new LinkedHashMap<>();
    warnings().forEach(w -> lines.put(w.crewId() + "#" + w.certificate(), w));
    for (Member m : store.members()) {
      m.certificates()
          .forEach(
              (certificate, expiry) -> {
                if (!expiry.isAfter(soon)) {
                  lines.putIfAbsent(
                      m.crewId() + "#" + certificate,
                      expiring(m.crewId(), m.name(), certificate, expiry, today));
                }
              });
    }
    List<Expiring> all = new ArrayList<>(lines.values());
    all.sort(Comparator.comparing(Expiring::name).thenComparing(Expiring::certificate));
    return all;
  }

  private Map<String, Member> members() {
    Map<String, Member> members = new LinkedHashMap<>();
    store.members().forEach(m -> members.put(m.crewId(), m));
    return members;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(properties.officeZone()));
  }

  private static Expiring expiring(
      String crewId, String name, String certificate, LocalDate expiresOn, LocalDate today) {
    return new Expiring(
        crewId, name, certificate, expiresOn, Times.day(expiresOn), expiresOn.isBefore(today));
  }

  /** One member's certificate and when it lapses (or lapsed), in words for the pages. */
  public record Expiring(
      String crewId,
      String name,
      String certificate,
      LocalDate expiresOn,
      String expires,
      boolean lapsed) {

    public String sentence() {
      return name + "'s " + certificate + (lapsed ? " lapsed on " : " lapses on ") + expires;
    }
  }
}
