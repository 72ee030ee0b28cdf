package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.LinkState;

/** What a crew page shows: each outcome has its own page and status. */
public enum Outcome {
  /** The link works: show the charter and the button. */
  OPEN,
  /** This request just used the link. */
  ANSWERED,
  ALREADY_ACCEPTED,
  ALREADY_DECLINED,
  EXPIRED,
  WITHDRAWN,
  /** Malformed, forged, truncated or never issued: indistinguishable on purpose. */
  UNKNOWN,
  /** A POST that did not come from a page we rendered for this very link. */
  FORM_REJECTED;

  static Outcome of(LinkState state) {
    return switch (state) {
      case OPEN -> OPEN;
      case ACCEPTED -> ALREADY_ACCEPTED;
      case DECLINED -> ALREADY_DECLINED;
      case EXPIRED -> EXPIRED;
      case WITHDRAWN -> WITHDRAWN;
    };
  }
}
