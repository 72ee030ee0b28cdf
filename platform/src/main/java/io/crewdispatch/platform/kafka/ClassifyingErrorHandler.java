package io.crewdispatch.platform.kafka;

import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;

/** spring-kafka's error handler, saying whether it retries a failure (its classification). */
class ClassifyingErrorHandler extends DefaultErrorHandler {

  ClassifyingErrorHandler(ConsumerRecordRecoverer recoverer, BackOff backOff) {
    super(recoverer, backOff);
  }

  /** Whether this handler retries the failure, rather than recovering the record at once. */
  boolean retries(Exception failure) {
    return getExceptionMatcher().match(failure);
  }
}
