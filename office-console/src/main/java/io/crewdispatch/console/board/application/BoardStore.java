package io.crewdispatch.console.board.application;

import io.crewdispatch.console.board.domain.CertificateAlert;
import io.crewdispatch.console.board.domain.CharterView;
import io.crewdispatch.console.board.domain.DeadLetter;
import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.IntegrationStatus;
import io.crewdispatch.console.board.domain.Member;
import io.crewdispatch.console.board.domain.PortalAnswer;
import io.crewdispatch.console.board.domain.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The console's own table ({@code console-board}); every write is idempotent. */
public interface BoardStore {

  /** Adds a fact once; false when it was already there (a redelivery). */
  boolean addFact(Fact fact);

  List<Fact> facts(String charterId);

  /** Keeps {@code view} unless a fold of at least as many facts is already stored. */
  void saveView(CharterView view);

  Optional<CharterView> view(String charterId);

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
