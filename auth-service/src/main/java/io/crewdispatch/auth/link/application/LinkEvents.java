package io.crewdispatch.auth.link.application;

/** What auth-service tells the others; each method returns once the broker has the event. */
public interface LinkEvents {

  void linksIssued(IssuedLinks links);

  void answered(AnsweredCall answered);
}
