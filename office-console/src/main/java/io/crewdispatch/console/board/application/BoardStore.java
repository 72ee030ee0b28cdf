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

  /** A charter's next history and the version it was made from, for {@link #saveCharters}. */
  record CharterSave(CharterHistory next, long readVersion) {}

  /** The most {@link #saveCharters} takes at once: DynamoDB's limits of a transaction. */
  int SAVE_LIMIT = 100;

  long SAVE_BYTES = 4L * 1024 * 1024;

  /**
   * Stores each history (at most {@link #SAVE_LIMIT} of distinct charters, {@link #SAVE_BYTES} in
   * all) as {@link #saveCharter} would, together: all of them, or none and false when another
   * writer stored one of these charters first (or is storing one now).
   */
  boolean saveCharters(List<CharterSave> saves);

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
