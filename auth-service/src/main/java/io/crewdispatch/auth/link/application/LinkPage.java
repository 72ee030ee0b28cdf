package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.Purpose;

/**
 * The answer to a crew page request.
 *
 * @param call the call behind the link; null when {@code outcome} is UNKNOWN, so nothing about a
 *     token that does not resolve can leak
 * @param formToken the hidden form field for the POST; only when {@code outcome} is OPEN
 */
public record LinkPage(Outcome outcome, Purpose purpose, CallLinks call, String formToken) {

  static LinkPage unknown(Purpose purpose) {
    return new LinkPage(Outcome.UNKNOWN, purpose, null, null);
  }

  static LinkPage of(Outcome outcome, Purpose purpose, CallLinks call) {
    return new LinkPage(outcome, purpose, call, null);
  }
}
