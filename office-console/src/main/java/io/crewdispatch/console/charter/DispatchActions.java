package io.crewdispatch.console.charter;

import java.util.Map;

/** The office's actions in dispatch-service, made as the signed-in office user. */
interface DispatchActions {

  /**
   * @param path below the charter, for example {@code assign} or {@code calls/c-1/skip}
   * @param body the request's JSON fields (none for most actions)
   */
  Outcome act(String charterId, String path, Map<String, Object> body);

  /** Done, or refused with dispatch's reason and, for a conflict, the other charter. */
  record Outcome(boolean done, String reason, String conflictingCharter) {

    static Outcome ok() {
      return new Outcome(true, null, null);
    }
  }
}
