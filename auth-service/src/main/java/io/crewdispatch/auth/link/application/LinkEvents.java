package io.crewdispatch.auth.link.application;

import java.util.List;

/** What auth-service tells the others; each method returns once the broker has the event. */
public interface LinkEvents {

  void linksIssued(IssuedLinks links);

  /** Several announcements sent at once; returns once the broker has them all. */
  default void linksIssuedAll(List<IssuedLinks> links) {
    links.forEach(this::linksIssued);
  }

  void answered(AnsweredCall answered);
}
