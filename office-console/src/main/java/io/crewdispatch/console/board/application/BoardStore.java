package io.crewdispatch.console.board.application;

import io.crewdispatch.console.board.domain.CertificateAlert;
import io.crewdispatch.console.board.domain.CharterHistory;
import io.crewdispatch.console.board.domain.CharterView;
import io.crewdispatch.console.board.domain.DeadLetter;
import io.crewdispatch.console.board.domain.IntegrationStatus;
import io.crewdispatch.console.board.domain.Member;
import io.crewdispatch.console.board.domain.PortalAnswer;
import io.crewdispatch.console.board.domain.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The console's own table ({@code console-board}); every write is idempotent. */
public interface BoardStore {

  /** The charter's facts and view as stored (one consistent read); empty before its first fact. */
  Optional<CharterHistory> charter(String charterId);

  /**
   * Stores {@code next} only if the stored history is still {@code readVersion}, the version it was
   * made from (0: nothing stored yet). False when another writer stored first: read again and
   * retry.
   */
  boolean saveCharter(CharterHistory next, long readVersion);

  /**
   * The size {@code history}'s item would take, counted as the table counts it, and the most it may
   * take: a history that does not fit is never written (the table would refuse it every time).
   */
  CharterSize charterSize(CharterHistory history);

  /** Views of charters sailing from {@code from} to {@code to}, both included, by departure. */
  List<CharterView> sailing(LocalDate from, LocalDate to);

  /** Keeps the member's record unless a newer one is stored; false when it was not newer. */
  boolean saveMember(Member member);

  List<Member> members();

  boolean addPortalAnswer(PortalAnswer answer);

  List<PortalAnswer> portalAnswers();

  boolean addDeadLetter(DeadLetter deadLetter);

  List<DeadLetter> deadLetters();

  boolean saveIntegration(IntegrationStatus status);

  List<IntegrationStatus> integrations();

  /** Adds the alert once per member, certificate and expiry; false when it was already there. */
  boolean addCertificateAlert(CertificateAlert alert);

  List<CertificateAlert> certificateAlerts();

  boolean saveStatement(Statement statement);

  List<Statement> statements();
}
