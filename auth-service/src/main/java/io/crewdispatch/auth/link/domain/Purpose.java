package io.crewdispatch.auth.link.domain;

/** What a link does when its button is pressed; each call gets one link of each. */
public enum Purpose {
  ACCEPT("accept"),
  DECLINE("decline");

  private final String path;

  Purpose(String path) {
    this.path = path;
  }

  /** The last path segment of the link's page, e.g. {@code /crew/accept}. */
  public String path() {
    return path;
  }

  public Answer answer() {
    return this == ACCEPT ? Answer.ACCEPTED : Answer.DECLINED;
  }
}
