package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.FormTokens;
import io.crewdispatch.auth.link.domain.Purpose;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Uses a link: one conditional write records the answer on the call (so the twin dies with it), and
 * the answer is then published. If publishing fails the answer stays recorded and {@link
 * AnswerOutbox} publishes it later with the same eventId: an answer is never lost nor sent twice
 * under two ids.
 */
@Service
public class AnswerLink {

  private static final Logger log = LoggerFactory.getLogger(AnswerLink.class);

  private final LinkLookup lookup;
  private final FormTokens forms;
  private final LinkStore store;
  private final LinkEvents events;
  private final Clock clock;

  AnswerLink(LinkLookup lookup, FormTokens forms, LinkStore store, LinkEvents events, Clock clock) {
    this.lookup = lookup;
    this.forms = forms;
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  public LinkPage answer(Purpose purpose, String token, String formToken) {
    Instant now = clock.instant();
    Optional<LinkLookup.Found> found = lookup.find(purpose, token);
    if (found.isEmpty()) {
      return LinkPage.unknown(purpose);
    }
    CallLinks call = found.get().call();
    if (!forms.verify(formToken, found.get().hash(), now)) {
      log.warn(
          "event=form_rejected charterId={} callId={} hash={}",
          call.charterId(),
          call.callId(),
          found.get().hash().prefix());
      return LinkPage.of(Outcome.FORM_REJECTED, purpose, call);
    }
    Outcome before = Outcome.of(call.stateAt(now));
    if (before != Outcome.OPEN) {
      return LinkPage.of(before, purpose, call);
    }
    String eventId = UUID.randomUUID().toString();
    if (!store.recordAnswer(call.callId(), purpose.answer(), eventId, now)) {
      CallLinks winner = store.findCall(call.callId()).orElseThrow();
      return LinkPage.of(Outcome.of(winner.stateAt(now)), purpose, winner);
    }
    CallLinks answered = call.answered(purpose.answer(), eventId, now);
    log.info(
        "event=link_used charterId={} callId={} answer={} hash={} eventId={}",
        call.charterId(),
        call.callId(),
        answered.answer(),
        found.get().hash().prefix(),
        eventId);
    publish(answered);
    return LinkPage.of(Outcome.ANSWERED, purpose, answered);
  }

  private void publish(CallLinks answered) {
    try {
      events.answered(AnsweredCall.of(answered));
      store.markAnswerPublished(answered.callId(), answered.answerEventId());
    } catch (RuntimeException e) {
      // The answer is recorded; the outbox retries. The callee need not know.
      log.warn(
          "event=answer_publish_deferred charterId={} callId={} eventId={} error={}",
          answered.charterId(),
          answered.callId(),
          answered.answerEventId(),
          e.toString());
    }
  }
}
