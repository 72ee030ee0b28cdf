package io.crewdispatch.platform.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
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

  /**
   * A record listener's failure is classified every time; a batch's failed record only when it
   * first fails or its root cause changes type, so a record retried for one reason that then fails
   * for good with the same root (a mail server's "try later" for an address, then "no such user")
   * would be retried forever. Forgetting the thread's failures when this one is not retried makes
   * the next step classify it, and recover it at once, as for a record listener.
   */
  @Override
  public void handleBatch(
      Exception thrownException,
      ConsumerRecords<?, ?> data,
      Consumer<?, ?> consumer,
      MessageListenerContainer container,
      Runnable invokeListener) {
    if (!retries(thrownException)) {
      clearThreadState();
    }
    super.handleBatch(thrownException, data, consumer, container, invokeListener);
  }
}
