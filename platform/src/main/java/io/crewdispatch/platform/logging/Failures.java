package io.crewdispatch.platform.logging;

import java.util.ArrayList;
import java.util.List;

/**
 * A failure as a log line may carry it: the types of its cause chain and where it came through our
 * code, never a message. Messages quote what failed — a mail server's "550 … <address>", a Drive
 * file named for a person, a phone number in Twilio's error — and DESIGN.md allows no personal data
 * in logs beyond crew IDs. The message stays where the office reads it (a problem detail, the
 * dead-letter reason, an ops event).
 */
public final class Failures {

  private static final int MAX_CHAIN = 8;
  private static final String OURS = "io.crewdispatch.";

  private Failures() {}

  /**
   * {@code UncheckedIOException<GoogleJsonResponseException
   * at=DriveStatementStore.store(DriveStatementStore.java:95)}: outermost type first; {@code at} is
   * the innermost failure's first frame in our own code (where it came through us: a socket's
   * native frame says nothing), or its top frame when none is ours.
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
    StackTraceElement at = frames[0];
    for (StackTraceElement frame : frames) {
      if (frame.getClassName().startsWith(OURS)) {
        at = frame;
        break;
      }
    }
    String className = at.getClassName().substring(at.getClassName().lastIndexOf('.') + 1);
    return chain
        + " at="
        + className
        + "."
        + at.getMethodName()
        + "("
        + at.getFileName()
        + ":"
        + at.getLineNumber()
        + ")";
  }

  private static Throwable cause(Throwable t) {
    Throwable cause = t.getCause();
    return cause == t ? null : cause;
  }
}
