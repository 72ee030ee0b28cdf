package io.crewdispatch.console.board.application;

import io.crewdispatch.console.board.domain.CertificateAlert;
import io.crewdispatch.console.board.domain.CharterHistory;
import io.crewdispatch.console.board.domain.DeadLetter;
import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.FactType;
import io.crewdispatch.console.board.domain.IntegrationStatus;
import io.crewdispatch.console.board.domain.Member;
import io.crewdispatch.console.board.domain.PortalAnswer;
import io.crewdispatch.console.board.domain.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Records what the topics say into the board and tells open pages. A charter's view is refolded
 * from all its facts after each new one, so arrival order never matters; a redelivered event
 * changes nothing and wakes no page.
 *
 * <p>A charter's facts and view are one item, written by one conditional put on its version: a fact
 * and the view that includes it are stored together or not at all, and a writer that read an older
 * version (another instance, or a listener that lost its partition in a rebalance) stores nothing,
 * reads again and retries. The last history this instance wrote or read is held in {@link
 * RecentCharters}, so the usual event costs that one put; a charter not held is read first (one
 * consistent get), except for its booking, which nearly always comes first and is tried as the
 * charter's first version straight away. The booking topics' listener hands over a fetched batch's
 * facts of one charter together: they cost one put, not one each.
 */
@Service
public class RecordBoardEvent {

  private static final Logger log = LoggerFactory.getLogger(RecordBoardEvent.class);

  private final BoardStore store;
  private final ApplicationEventPublisher pages;
  private final SailingViews sailing;
  private final RecentCharters recent;

  RecordBoardEvent(
      BoardStore store,
      ApplicationEventPublisher pages,
      SailingViews sailing,
      RecentCharters recent) {
    this.store = store;
    this.pages = pages;
    this.sailing = sailing;
    this.recent = recent;
  }

  public void record(Fact fact) {
    record(fact.charterId(), List.of(fact));
  }

  /**
   * Records facts of one charter together (a fetched batch's): those the charter does not hold yet
   * are folded in once and stored by one conditional put, and its pages are woken once.
   *
   * <p>A charter's item has a size limit, checked before the put ({@link BoardStore#charterSize}):
   * when the facts do not all fit, those before the first that does not are stored (in the order
   * given) and {@link CharterTooLarge} names that one. Retried, it would fail every time.
   */
  public void record(String charterId, List<Fact> facts) {
    boolean booking = facts.stream().anyMatch(f -> f.type() == FactType.BOOKED);
    CharterHistory stored =
        recent
            .get(charterId)
            .orElseGet(() -> booking ? CharterHistory.none(charterId) : read(charterId));
    // Ends: each failed put means another writer stored a fact of this charter meanwhile.
    Admitted admitted = admit(stored, facts);
    while (admitted.history() != stored) {
      if (store.saveCharter(admitted.history(), stored.version())) {
        CharterHistory next = admitted.history();
        recent.keep(next);
        sailing.keep(next.view());
        pages.publishEvent(new BoardChanged(BoardChanged.Area.CHARTER, charterId));
        admitted.refuse();
        return;
      }
      stored = read(charterId);
      admitted = admit(stored, facts);
    }
    admitted.refuse(); // stored holds every fact that fits: nothing to write, no page to wake
    sailing.keep(stored.view());
    log.debug("event=duplicate_ignored charterId={} events={}", charterId, facts.size());
  }

  /**
   * Records the first charters of a fetched batch, in the map's order, with one conditional write
   * for all of them ({@link BoardStore#saveCharters}) rather than a put each: as many as can be
   * written without a read (held in {@link RecentCharters}, or new with their booking) and whose
   * facts all fit, up to the first that cannot or the write's limits (a charter that holds them all
   * already needs no write and is passed over). Returns the charters so stored, woken as {@link
   * #record(String, List)} wakes them; none when fewer than two qualify or the write was refused or
   * failed, for the caller to record each the usual way, which retries or reports whatever the
   * write ran into.
   */
  public Set<String> recordTogether(Map<String, List<Fact>> charters) {
    List<BoardStore.CharterSave> saves = new ArrayList<>();
    long bytes = 0;
    for (Map.Entry<String, List<Fact>> charter : charters.entrySet()) {
      CharterHistory stored =
          recent
              .get(charter.getKey())
              .orElse(booking(charter.getValue()) ? CharterHistory.none(charter.getKey()) : null);
      if (stored == null) {
        break; // must be read first
      }
      CharterHistory all = stored.with(charter.getValue());
      if (all == stored) {
        continue; // held already (a redelivery): nothing to write; the usual way says so
      }
      CharterSize size = store.charterSize(all);
      if (!size.fits()
          || saves.size() == BoardStore.SAVE_LIMIT
          || bytes + size.bytes() > BoardStore.SAVE_BYTES) {
        break;
      }
      saves.add(new BoardStore.CharterSave(all, stored.version()));
      bytes += size.bytes();
    }
    if (saves.size() < 2 || !savedTogether(saves)) {
      return Set.of();
    }
    Set<String> done = new LinkedHashSet<>();
    for (BoardStore.CharterSave save : saves) {
      recent.keep(save.next());
      sailing.keep(save.next().view());
      pages.publishEvent(new BoardChanged(BoardChanged.Area.CHARTER, save.next().charterId()));
      done.add(save.next().charterId());
    }
    return done;
  }

  private boolean savedTogether(List<BoardStore.CharterSave> saves) {
    try {
      return store.saveCharters(saves);
    } catch (RuntimeException failed) {
      // The usual way meets the same failure and retries or reports it, charter by charter.
      log.debug(
          "event=board_batch_write_failed charters={} error={}", saves.size(), failed.toString());
      return false;
    }
  }

  private static boolean booking(List<Fact> facts) {
    return facts.stream().anyMatch(f -> f.type() == FactType.BOOKED);
  }

  /**
   * {@code stored} with as many of {@code facts}, in their order, as its item has room for; the
   * first that did not fit, if one did not.
   */
  private Admitted admit(CharterHistory stored, List<Fact> facts) {
    CharterHistory all = stored.with(facts);
    if (all == stored || store.charterSize(all).fits()) {
      return new Admitted(all, null);
    }
    CharterHistory admitted = stored;
    for (Fact fact : facts) {
      CharterHistory next = admitted.with(fact);
      CharterSize size = store.charterSize(next);
      if (!size.fits()) {
        return new Admitted(admitted, new CharterTooLarge(fact, admitted.facts().size(), size));
      }
      admitted = next;
    }
    return new Admitted(admitted, null);
  }

  /** The history to store, and why the rest of the facts were not admitted, if they were not. */
  private record Admitted(CharterHistory history, CharterTooLarge refusal) {

    void refuse() {
      if (refusal != null) {
        throw refusal;
      }
    }
  }

  private CharterHistory read(String charterId) {
    CharterHistory stored = store.charter(charterId).orElse(CharterHistory.none(charterId));
    recent.keep(stored);
    return stored;
  }

  public void record(Member member) {
    if (store.saveMember(member)) {
      pages.publishEvent(new BoardChanged(BoardChanged.Area.ROSTER, null));
    }
  }

  public void record(PortalAnswer answer) {
    if (store.addPortalAnswer(answer)) {
      pages.publishEvent(new BoardChanged(BoardChanged.Area.ROSTER, null));
    }
  }

  public void record(DeadLetter deadLetter) {
    if (store.addDeadLetter(deadLetter)) {
      pages.publishEvent(new BoardChanged(BoardChanged.Area.SYSTEM, null));
    }
  }

  public void record(IntegrationStatus status) {
    if (store.saveIntegration(status)) {
      pages.publishEvent(new BoardChanged(BoardChanged.Area.SYSTEM, null));
    }
  }

  public void record(CertificateAlert alert) {
    if (store.addCertificateAlert(alert)) {
      pages.publishEvent(new BoardChanged(BoardChanged.Area.CERTIFICATES, null));
    }
  }

  public void record(Statement statement) {
    if (store.saveStatement(statement)) {
      pages.publishEvent(new BoardChanged(BoardChanged.Area.STATEMENTS, null));
    }
  }
}
