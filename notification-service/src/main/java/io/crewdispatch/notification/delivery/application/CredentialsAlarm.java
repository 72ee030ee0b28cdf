package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.delivery.domain.CredentialsAlertNotice;
import io.crewdispatch.notification.delivery.domain.Notice;
import io.crewdispatch.platform.logging.Failures;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the office, once per outage, that mail stopped because the account's credentials were
 * refused, through the alert transport (SMTP) since the main one cannot send. The outage ends with
 * the next message that goes out.
 */
@Component
class CredentialsAlarm {

  private static final Logger log = LoggerFactory.getLogger(CredentialsAlarm.class);

  private final DeliveryPipeline pipeline;
  private final Optional<AlertTransport> alerts;
  private final AtomicBoolean raised = new AtomicBoolean();

  CredentialsAlarm(DeliveryPipeline pipeline, Optional<AlertTransport> alerts) {
    this.pipeline = pipeline;
    this.alerts = alerts;
  }

  void raise(Notice trigger, String problem) {
    if (!raised.compareAndSet(false, true)) {
      return;
    }
    log.error(
        "event=credentials_refused eventId={} key={} alert={}",
        trigger.eventId(),
        trigger.key(),
        alerts.isPresent() ? "smtp" : "none");
    if (alerts.isEmpty()) {
      return;
    }
    AlertTransport alert = alerts.get();
    try {
      pipeline.run(new CredentialsAlertNotice(trigger, problem), alert::send);
    } catch (RuntimeException e) {
      // The alert is best effort: the held event and the health check still say what is wrong.
      raised.set(false);
      log.warn(
          "event=credentials_alert_failed eventId={} error={}",
          trigger.eventId(),
          Failures.describe(e));
    }
  }

  void clear() {
    if (raised.compareAndSet(true, false)) {
      log.info("event=credentials_restored");
    }
  }
}
