package io.crewdispatch.roster.member.application;

/** Another writer (a second instance's sync) changed the member since it was read. */
public class ConcurrentMemberUpdateException extends RuntimeException {

  public ConcurrentMemberUpdateException(String crewId) {
    super("crewId=" + crewId + " changed since it was read");
  }
}
