package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.FormTokens;
import io.crewdispatch.auth.link.domain.Purpose;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** What a GET of a link shows. Changes nothing: mail scanners open every link they see. */
@Service
public class OpenLink {

  private final LinkLookup lookup;
  private final FormTokens forms;
  private final Clock clock;

  OpenLink(LinkLookup lookup, FormTokens forms, Clock clock) {
    this.lookup = lookup;
    this.forms = forms;
    this.clock = clock;
  }

  public LinkPage open(Purpose purpose, String token) {
    Instant now = clock.instant();
    return lookup
        .find(purpose, token)
        .map(
            found -> {
              Outcome outcome = Outcome.of(found.call().stateAt(now));
              String form = outcome == Outcome.OPEN ? forms.issue(found.hash(), now) : null;
              return new LinkPage(outcome, purpose, found.call(), form);
            })
        .orElseGet(() -> LinkPage.unknown(purpose));
  }
}
