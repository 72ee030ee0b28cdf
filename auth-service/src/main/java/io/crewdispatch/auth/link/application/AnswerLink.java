package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.FormTokens;
import io.crewdispatch.auth.link.domain.LinkRef;
import io.crewdispatch.auth.link.domain.Purpose;
import io.crewdispatch.platform.logging.Failures;
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

  /**
   * Reads the link item, then records the answer with one conditional write that also checks the
   * call against the link and returns the call: two round trips before the answer is published, not
   * three (the call is read only to explain a refusal).
   */
  public LinkPage answer(Purpose purpose, String token, String formToken) {
    Instant now = clock.instant();
    Optional<LinkRef> link = lookup.link(purpose, token);
    if (link.isEmpty()) {
      return LinkPage.unknown(purpose);
    }
    if (!forms.verify(formToken, link.get().hash(), now)) {
      return lookup
          .call(link.get())
          .map(
              call -> {
                log.warn(
                    "event=form_rejected charterId={} callId={} hash={}",
                    call.charterId(),
                    call.callId(),
                    link.get().hash().prefix());
                return LinkPage.of(Outcome.FORM_REJECTED, purpose, call);
              })
          .orElseGet(() -> LinkPage.unknown(purpose));
    }
    String eventId = UUID.randomUUID().toString();
    Optional<CallLinks> recorded = store.recordAnswer(link.get(), eventId, now);
    if (recorded.isEmpty()) {
      // Not open for this link: say why, as the call now stands.
      return lookup
          .call(link.get())
          .map(call -> LinkPage.of(Outcome.of(call.stateAt(now)), purpose, call))
          .orElseGet(() -> LinkPage.unknown(purpose));
    }
    CallLinks answered = recorded.get();
    log.info(
        "event=link_used charterId={} callId={} answer={} hash={} eventId={}",
        answered.charterId(),
        answered.callId(),
        answered.answer(),
        link.get().hash().prefix(),
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
          Failures.describe(e));
    }
  }
}
