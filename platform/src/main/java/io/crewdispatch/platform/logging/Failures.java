package io.crewdispatch.platform.logging;

import java.util.ArrayList;
import java.util.List;

/**
 * A failure as a log line may carry it: the types of its cause chain and where the innermost was
 * thrown, never a message. Messages quote what failed — a mail server's "550 … <address>", a Drive
 * file named for a person, a phone number in Twilio's error — and DESIGN.md allows no personal data
 * in logs beyond crew IDs. The message stays where the office reads it (a problem detail, the
 * dead-letter reason, an ops event).
 */
public final class Failures {

  private static final int MAX_CHAIN = 8;

  private Failures() {}

  /**
   * {@code UncheckedIOException<GoogleJsonResponseException
   * at=DriveStatementStore.store(DriveStatementStore.java:95)}: outermost type first.
   */
  public static String describe(Throwable failure) {
    List<String> types = new ArrayList<>();
    Throwable root = failure;
    for (Throwable t = failure; t != null && types.size() < MAX_CHAIN; t = cause(t)) {
      types.add(t.getClass().getSimpleName());
      root = t;
    }
    String chain = String.join("<", types);
    StackTraceElement[] frames = root.getStackTrace();
    if (frames.length == 0) {
      return chain;
    }
    StackTraceElement top = frames[0];
    String className = top.getClassName().substring(top.getClassName().lastIndexOf('.') + 1);
    return chain
        + " at="
        + className
        + "."
        + top.getMethodName()
        + "("
        + top.getFileName()
        + ":"
        + top.getLineNumber()
        + ")";
  }

  private static Throwable cause(Throwable t) {
    Throwable cause = t.getCause();
    return cause == t ? null : cause;
  }
}
