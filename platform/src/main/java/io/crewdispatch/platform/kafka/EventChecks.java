package io.crewdispatch.platform.kafka;

import java.util.UUID;
import java.util.regex.Pattern;

/** Checks a listener makes before handing an event to its use case; failures skip retries. */
public final class EventChecks {

  /**
   * Control characters (C0, DEL, C1) and the bidirectional overrides that make text read other than
   * it is; a line break in a vessel's name is how a header gets injected into an email.
   */
  private static final Pattern NOT_PLAIN =
      Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

  private static final Pattern NOT_PLAIN_EXCEPT_LINES =
      Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u202A-\\u202E\\u2066-\\u2069]");

  private EventChecks() {}

  /** Returns {@code value}, or throws when it is null or blank. */
  public static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new NonRetryableEventException("Invalid event: " + field + " is blank");
    }
    return value;
  }

  /** Returns {@code value}, or throws unless it is the text form of a UUID. */
  public static String requireUuid(String value, String field) {
    requireText(value, field);
    try {
      if (UUID.fromString(value).toString().equalsIgnoreCase(value)) {
        return value;
      }
    } catch (IllegalArgumentException notUuid) {
      // fall through
    }
    throw new NonRetryableEventException("Invalid event: " + field + " is not a UUID");
  }

  /**
   * Returns {@code value} (null allowed), or throws when it is longer than {@code maxLength} or
   * holds a control character.
   */
  public static String requirePlainText(String value, String field, int maxLength) {
    return plain(value, field, maxLength, NOT_PLAIN);
  }

  /** As {@link #requirePlainText}, but line breaks and tabs are allowed (notes). */
  public static String requirePlainLines(String value, String field, int maxLength) {
    return plain(value, field, maxLength, NOT_PLAIN_EXCEPT_LINES);
  }

  /** True when the text holds no control character (line breaks refused too). */
  public static boolean isPlainText(String value) {
    return value == null || !NOT_PLAIN.matcher(value).find();
  }

  /** True when the text holds no control character other than line breaks and tabs. */
  public static boolean isPlainLines(String value) {
    return value == null || !NOT_PLAIN_EXCEPT_LINES.matcher(value).find();
  }

  private static String plain(String value, String field, int maxLength, Pattern refused) {
    if (value == null) {
      return null;
    }
    if (value.length() > maxLength) {
      throw new NonRetryableEventException(
          "Invalid event: " + field + " is longer than " + maxLength + " characters");
    }
    if (refused.matcher(value).find()) {
      throw new NonRetryableEventException(
          "Invalid event: " + field + " holds a control character");
    }
    return value;
  }
}
