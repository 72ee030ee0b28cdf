package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.CallLinks;
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
    Optional<LinkToken> token = LinkToken.parse(presented);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    TokenHash hash = token.get().hash();
    return store
        .findLink(hash)
        .filter(ref -> ref.purpose() == purpose)
        .flatMap(ref -> store.findCall(ref.callId()))
        .filter(call -> call.minted() && call.hashFor(purpose).sameAs(hash))
        .map(call -> new Found(hash, call));
  }
}
