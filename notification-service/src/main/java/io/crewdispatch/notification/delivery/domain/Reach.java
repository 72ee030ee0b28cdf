package io.crewdispatch.notification.delivery.domain;

/** How a member wants to be reached (the roster's Channel column). */
public enum Reach {
  EMAIL,
  SMS,
  BOTH;

  public boolean byEmail() {
    return this != SMS;
  }

  public boolean bySms() {
    return this != EMAIL;
  }
}
