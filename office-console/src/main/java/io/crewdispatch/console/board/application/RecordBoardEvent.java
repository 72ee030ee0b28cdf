package io.crewdispatch.console.board.application;

import io.crewdispatch.console.board.domain.CertificateAlert;
import io.crewdispatch.console.board.domain.CharterFold;
import io.crewdispatch.console.board.domain.CharterView;
import io.crewdispatch.console.board.domain.DeadLetter;
import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.IntegrationStatus;
import io.crewdispatch.console.board.domain.Member;
import io.crewdispatch.console.board.domain.PortalAnswer;
import io.crewdispatch.console.board.domain.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Records what the topics say into the board and tells open pages. A charter's view is refolded
 * from all its facts after each new one, so arrival order never matters; a redelivered event
 * changes nothing and wakes no page.
 */
@Service
public class RecordBoardEvent {

  private static final Logger log = LoggerFactory.getLogger(RecordBoardEvent.class);

  private final BoardStore store;
  private final ApplicationEventPublisher pages;
  private final SailingViews sailing;

  RecordBoardEvent(BoardStore store, ApplicationEventPublisher pages, SailingViews sailing) {
    this.store = store;
    this.pages = pages;
    this.sailing = sailing;
  }

  public void record(Fact fact) {
    boolean added = store.addFact(fact);
    // Refold even for a redelivery: the first delivery may have stopped before saving its view.
    CharterView view = CharterFold.fold(fact.charterId(), store.facts(fact.charterId()));
    store.saveView(view);
    sailing.keep(view);
    if (added) {
      pages.publishEvent(new BoardChanged(BoardChanged.Area.CHARTER, fact.charterId()));
    } else {
      log.debug(
          "event=duplicate_ignored charterId={} eventId={}", fact.charterId(), fact.eventId());
    }
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
