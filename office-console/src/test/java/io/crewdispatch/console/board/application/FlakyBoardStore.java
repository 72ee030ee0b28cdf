package io.crewdispatch.console.board.application;

import io.crewdispatch.console.board.domain.CertificateAlert;
import io.crewdispatch.console.board.domain.CharterHistory;
import io.crewdispatch.console.board.domain.CharterView;
import io.crewdispatch.console.board.domain.DeadLetter;
import io.crewdispatch.console.board.domain.IntegrationStatus;
import io.crewdispatch.console.board.domain.Member;
import io.crewdispatch.console.board.domain.PortalAnswer;
import io.crewdispatch.console.board.domain.Statement;
import io.crewdispatch.console.config.ConsoleProperties;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.MDC;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Charters in memory, with the table's version check, whose writes of chosen charters fail as
 * DynamoDB's do when it cannot be reached: the one failure a real table cannot be made to give on
 * demand. Only charters; the board's other records are not needed where it is used. An item's size
 * is counted in facts here (a fact a byte), so that a test can say how many a charter has room for.
 */
public final class FlakyBoardStore implements BoardStore {

  private final Map<String, CharterHistory> charters = new ConcurrentHashMap<>();
  private final Set<String> unreachable = ConcurrentHashMap.newKeySet();
  private volatile int room = Integer.MAX_VALUE;
  public final List<String> puts = new ArrayList<>();

  /** The charters of each write of several together, as tried. */
  public final List<List<String>> together = new ArrayList<>();

  /** The logging context's key at each put: whom the log lines of that write would name. */
  public final List<String> keysLogged = new ArrayList<>();

  /** Writes of {@code charterId} fail until {@link #recover}. */
  public void failWritesOf(String charterId) {
    unreachable.add(charterId);
  }

  public void recover() {
    unreachable.clear();
  }

  /** A charter's item has room for {@code facts} facts from now on. */
  public void roomFor(int facts) {
    room = facts;
  }

  /** A real {@link RecordBoardEvent} on this store; its page wake-ups go to {@code woken}. */
  public RecordBoardEvent board(List<Object> woken) {
    ConsoleProperties properties =
        new ConsoleProperties(
            URI.create("http://localhost:1"),
            URI.create("http://localhost:1"),
            Map.of(),
            ZoneId.of("UTC"),
            14,
            new ConsoleProperties.NeedsYou(
                Duration.ofMinutes(30), Duration.ofDays(2), Duration.ofDays(30)),
            Duration.ofSeconds(2),
            1000);
    return new RecordBoardEvent(
        this, woken::add, new SailingViews(this), new RecentCharters(properties));
  }

  @Override
  public Optional<CharterHistory> charter(String charterId) {
    return Optional.ofNullable(charters.get(charterId));
  }

  @Override
  public synchronized boolean saveCharter(CharterHistory next, long readVersion) {
    if (unreachable.contains(next.charterId())) {
      throw SdkClientException.create("Unable to execute HTTP request: Connection refused");
    }
    puts.add(next.charterId());
    keysLogged.add(MDC.get("key"));
    CharterHistory stored = charters.get(next.charterId());
    if ((stored == null ? 0 : stored.version()) != readVersion) {
      return false;
    }
    charters.put(next.charterId(), next);
    return true;
  }

  @Override
  public synchronized boolean saveCharters(List<CharterSave> saves) {
    together.add(saves.stream().map(save -> save.next().charterId()).toList());
    if (saves.stream().anyMatch(save -> unreachable.contains(save.next().charterId()))) {
      throw SdkClientException.create("Unable to execute HTTP request: Connection refused");
    }
    if (saves.stream().anyMatch(save -> version(save.next().charterId()) != save.readVersion())) {
      return false;
    }
    saves.forEach(save -> charters.put(save.next().charterId(), save.next()));
    return true;
  }

  private long version(String charterId) {
    CharterHistory stored = charters.get(charterId);
    return stored == null ? 0 : stored.version();
  }

  @Override
  public CharterSize charterSize(CharterHistory history) {
    return new CharterSize(history.facts().size(), room);
  }

  @Override
  public List<CharterView> sailing(LocalDate from, LocalDate to) {
    return List.of();
  }

  @Override
  public boolean saveMember(Member member) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<Member> members() {
    return List.of();
  }

  @Override
  public boolean addPortalAnswer(PortalAnswer answer) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<PortalAnswer> portalAnswers() {
    return List.of();
  }

  @Override
  public boolean addDeadLetter(DeadLetter deadLetter) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<DeadLetter> deadLetters() {
    return List.of();
  }

  @Override
  public boolean saveIntegration(IntegrationStatus status) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<IntegrationStatus> integrations() {
    return List.of();
  }

  @Override
  public boolean addCertificateAlert(CertificateAlert alert) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<CertificateAlert> certificateAlerts() {
    return List.of();
  }

  @Override
  public boolean saveStatement(Statement statement) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<Statement> statements() {
    return List.of();
  }
}
