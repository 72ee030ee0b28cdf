package io.crewdispatch.platform.kafka;

import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.RetryListener;

/**
 * Says why a record is being retried: spring-kafka logs only "Record in retry and not yet
 * recovered", so an operator could not tell a throttled table from a missing one. Each line names
 * the record and the failure's type, never its message (it may quote an address). A record retried
 * for hours (mail held until someone re-authorizes) logs at attempts 1, 2, 4, 8, … only: a dozen
 * lines a day, not thousands. A failure that is not retried (poison) is not logged here: the record
 * goes straight to its dead-letter topic and {@link DeadLetterReporter} logs it once.
 */
class FailureLog implements RetryListener {

  private static final Logger log = LoggerFactory.getLogger(FailureLog.class);

  /** The error handler's own classification, so the two cannot disagree. */
  private final Predicate<Exception> retried;

  FailureLog(Predicate<Exception> retried) {
    this.retried = retried;
  }

  @Override
  public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
    if (Integer.bitCount(attempt) == 1 && retried.test(failure)) {
      log.warn(
          "event=record_failed topic={} partition={} offset={} key={} attempt={} failure={}",
          record.topic(),
          record.partition(),
          record.offset(),
          record.key(),
          attempt,
          DeadLetterReason.type(failure));
    }
  }

  @Override
  public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
    // The dead-letter topic or ops-events could not be written: the record is retried instead.
    log.error(
        "event=dead_letter_failed topic={} partition={} offset={} key={} failure={} cause={}",
        record.topic(),
        record.partition(),
        record.offset(),
        record.key(),
        DeadLetterReason.type(original),
        DeadLetterReason.type(failure));
  }
}
