package io.crewdispatch.platform.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.core.NestedExceptionUtils;

/**
 * The one header a person reading a dead-letter topic needs: the innermost cause's message
 * (spring-kafka's own headers hold the wrapper's, such as "failed to deserialize").
 */
public final class DeadLetterReason {

  /** Header holding the root cause's message. */
  public static final String HEADER = "crewdispatch-dlt-reason";

  private DeadLetterReason() {}

  static Headers headers(Exception exception) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(HEADER, of(exception).getBytes(StandardCharsets.UTF_8));
    return headers;
  }

  /** The root cause's type and message. */
  static String of(Exception exception) {
    Throwable root = NestedExceptionUtils.getMostSpecificCause(exception);
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  /**
   * The root cause's type alone, for logs: its message may quote personal data (a mail server's
   * "550 5.1.1 <address>: Recipient address rejected"), which the office reads on the dead-letter
   * topic and in the digest but a log line must not carry.
   */
  static String type(Exception exception) {
    return NestedExceptionUtils.getMostSpecificCause(exception).getClass().getSimpleName();
  }
}
