package io.crewdispatch.roster.assignment.application;

/** Another consumer wrote the charter's assignment first; the event is retried. */
public class ConcurrentAssignmentUpdateException extends RuntimeException {

  public ConcurrentAssignmentUpdateException(String charterId) {
    super("charterId=" + charterId + " changed since it was read");
  }
}
