package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.LinkRef;
import io.crewdispatch.auth.link.domain.LinkToken;
import io.crewdispatch.auth.link.domain.Purpose;
import io.crewdispatch.auth.link.domain.TokenHash;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds the call behind a presented token. Anything that does not lead, hash for hash, to a minted
 * call for this purpose is simply not found: a malformed, truncated or forged token, a decline
 * token on the accept page, a token orphaned by a key rotation.
 */
@Component
class LinkLookup {

  private final LinkStore store;

  LinkLookup(LinkStore store) {
    this.store = store;
  }

  record Found(TokenHash hash, CallLinks call) {}

  Optional<Found> find(Purpose purpose, String presented) {
    return link(purpose, presented).flatMap(ref -> call(ref).map(c -> new Found(ref.hash(), c)));
  }

  /**
   * The link item alone (one read): what answering needs before its conditional write, which itself
   * checks the call against the link and returns it.
   */
  Optional<LinkRef> link(Purpose purpose, String presented) {
    Optional<LinkToken> token = LinkToken.parse(presented);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    TokenHash hash = token.get().hash();
    return store.findLink(hash).filter(ref -> ref.purpose() == purpose && ref.hash().sameAs(hash));
  }

  /** The call a link leads to, if it was minted with that very link. */
  Optional<CallLinks> call(LinkRef link) {
    return store
        .findCall(link.callId())
        .filter(call -> call.minted() && call.hashFor(link.purpose()).sameAs(link.hash()));
  }
}
