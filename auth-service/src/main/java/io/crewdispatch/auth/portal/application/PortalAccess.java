package io.crewdispatch.auth.portal.application;

import io.crewdispatch.auth.portal.domain.PortalMember;
import io.crewdispatch.auth.portal.domain.PortalToken;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Who a presented portal token (from the link or the session cookie) belongs to. Anything that does
 * not lead, hash for hash, to an active member's current link is nobody: malformed, forged, rotated
 * away, revoked.
 */
@Service
public class PortalAccess {

  private final PortalStore store;

  PortalAccess(PortalStore store) {
    this.store = store;
  }

  public Optional<PortalMember> holderOf(String presented) {
    return PortalToken.parse(presented)
        .map(PortalToken::hash)
        .flatMap(
            hash ->
                store
                    .crewIdForLink(hash)
                    .flatMap(store::findMember)
                    .filter(member -> member.holds(hash)));
  }
}
