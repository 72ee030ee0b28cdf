package io.crewdispatch.auth.portal.application;

import io.crewdispatch.auth.link.application.AnswerLink;
import io.crewdispatch.auth.link.application.LinkPage;
import io.crewdispatch.auth.link.application.LinkStore;
import io.crewdispatch.auth.link.application.Outcome;
import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.LinkKeys;
import io.crewdispatch.auth.link.domain.LinkToken;
import io.crewdispatch.auth.link.domain.Purpose;
import io.crewdispatch.auth.portal.domain.PortalMember;
import org.springframework.stereotype.Service;

/**
 * Accept or Decline pressed in the portal. The portal holds no link of its own for a call: it
 * re-derives the call's own accept or decline token (as a redelivered call does) and hands it to
 * {@link AnswerLink}, so the answer follows exactly the one-time link's path: the same conditional
 * write, the same TokenAccepted/TokenDeclined, the same already-answered, expired and withdrawn
 * outcomes, and the same form-token check (the portal rendered the link's own form token).
 */
@Service
public class AnswerFromPortal {

  private final LinkStore links;
  private final LinkKeys keys;
  private final AnswerLink answerLink;

  AnswerFromPortal(LinkStore links, LinkKeys keys, AnswerLink answerLink) {
    this.links = links;
    this.keys = keys;
    this.answerLink = answerLink;
  }

  public LinkPage answer(PortalMember member, String callId, Purpose purpose, String formToken) {
    String crewId = member.member().crewId();
    return (callId == null ? java.util.Optional.<CallLinks>empty() : links.findCall(callId))
        // Only the member's own calls: another member's callId is just an unknown link.
        .filter(call -> call.crewId().equals(crewId) && call.minted())
        .flatMap(call -> keys.byId(call.keyId()).map(key -> token(key, call, purpose)))
        .map(token -> answerLink.answer(purpose, token.value(), formToken))
        .orElseGet(() -> new LinkPage(Outcome.UNKNOWN, purpose, null, null));
  }

  private static LinkToken token(
      io.crewdispatch.auth.link.domain.LinkKey key, CallLinks call, Purpose purpose) {
    return LinkToken.derive(key, call.charterId(), call.callId(), purpose);
  }
}
