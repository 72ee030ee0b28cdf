package io.crewdispatch.notification.delivery.smtp;

import jakarta.mail.MessagingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SMTP reply code out of Jakarta Mail's exceptions. The provider's exception types carry
 * it, but they are not part of the API; every one of them puts the server's reply ("550 5.1.1 ...")
 * in its message, somewhere down the chain of next exceptions.
 */
final class SmtpReplies {

  private static final Pattern REPLY = Pattern.compile("^\\s*([245]\\d\\d)[\\s-]");

  private SmtpReplies() {}

  /** The worst reply code found, or 0 when the server never answered (connection problem). */
  static int code(MessagingException e) {
    int worst = 0;
    for (Exception cause = e; cause != null; cause = next(cause)) {
      Matcher matcher = REPLY.matcher(String.valueOf(cause.getMessage()));
      if (matcher.find()) {
        worst = Math.max(worst, Integer.parseInt(matcher.group(1)));
      }
    }
    return worst;
  }

  /** The server's own words, for the person who reads NotificationFailed. */
  static String text(MessagingException e) {
    StringBuilder out = new StringBuilder();
    for (Exception cause = e; cause != null; cause = next(cause)) {
      String message = String.valueOf(cause.getMessage()).strip();
      if (REPLY.matcher(message).find() && out.indexOf(message) < 0) {
        out.append(out.length() == 0 ? "" : "; ").append(message);
      }
    }
    return out.length() == 0 ? String.valueOf(e.getMessage()) : out.toString();
  }

  private static Exception next(Exception e) {
    return e instanceof MessagingException me ? me.getNextException() : null;
  }
}
