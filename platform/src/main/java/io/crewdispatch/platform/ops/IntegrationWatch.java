package io.crewdispatch.platform.ops;

import io.crewdispatch.events.Integration;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.SmartLifecycle;

/**
 * Asks the platform's own health checks (Kafka, DynamoDB) every {@code check-interval} and reports
 * what they say to {@link IntegrationStates}, so an outage of either is announced even when no
 * request or record happens to touch it. An integration that answered one of the service's own
 * calls within the interval ({@link IntegrationAnswers}) is reported as answering without a probe
 * of its own: a failing one answers nothing, so it is probed and its outage found as before.
 */
public class IntegrationWatch implements SmartLifecycle {

  private final IntegrationStates states;
  private final IntegrationAnswers answers;
  private final Map<Integration, HealthIndicator> checks;
  private final Duration interval;
  private ScheduledExecutorService timer;

  public IntegrationWatch(
      IntegrationStates states,
      IntegrationAnswers answers,
      Map<Integration, HealthIndicator> checks,
      Duration interval) {
    this.states = states;
    this.answers = answers;
    this.checks = new LinkedHashMap<>(checks);
    this.interval = interval;
  }

  @Override
  public synchronized void start() {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "integration-watch");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(
        this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  void check() {
    checks.forEach(
        (integration, indicator) -> {
          if (answers.answeredWithin(integration, interval)) {
            states.succeeded(integration);
            return;
          }
          try {
            var health = indicator.health(true);
            if (health != null && Status.UP.equals(health.getStatus())) {
              states.succeeded(integration);
            } else {
              states.failed(integration, String.valueOf(health), null, false);
            }
          } catch (RuntimeException e) {
            states.failed(integration, e.toString(), null, false);
          }
        });
  }

  @Override
  public synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return timer != null;
  }
}
