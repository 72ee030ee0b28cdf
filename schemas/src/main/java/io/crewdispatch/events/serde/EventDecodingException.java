package io.crewdispatch.events.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * Bytes that cannot become an event. Never worth retrying: the same bytes fail the same way, so the
 * record belongs on the dead-letter topic.
 */
public class EventDecodingException extends SerializationException {

  public EventDecodingException(String message) {
    super(message);
  }

  public EventDecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
