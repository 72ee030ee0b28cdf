package io.crewdispatch.dispatch.cascade.domain;

/**
 * An office action that cannot apply to the charter as it stands; nothing was changed.
 *
 * @param conflictingCharter the charter that holds the person, when that is the reason, else null
 */
public final class Refusal extends RuntimeException {

  private final String conflictingCharter;

  Refusal(String reason, String conflictingCharter) {
    super(reason, null, false, false);
    this.conflictingCharter = conflictingCharter;
  }

  Refusal(String reason) {
    this(reason, null);
  }

  public String conflictingCharter() {
    return conflictingCharter;
  }
}
