package io.crewdispatch.dispatch.cascade.timer;

import io.crewdispatch.dispatch.cascade.application.DueCharter;
import io.crewdispatch.dispatch.cascade.application.FireDueTimers;
import io.crewdispatch.dispatch.config.DispatchProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every poll interval, reads the charters due before the next poll and schedules each for its exact
 * deadline on a few worker threads, so a timer fires at its deadline rather than at the next poll
 * after it. Nothing is lost if this instance dies: the deadline stays in DynamoDB and the next poll
 * of any instance finds it.
 */
@Component
class TimerPoller implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TimerPoller.class);

  private final FireDueTimers timers;
  private final DispatchProperties.Timers settings;
  private final Clock clock;
  private final Timer lateness;
  private final Set<DueCharter> scheduled = ConcurrentHashMap.newKeySet();
  private volatile boolean running;
  private ScheduledExecutorService ticker;
  private ScheduledExecutorService workers;

  TimerPoller(
      FireDueTimers timers, DispatchProperties properties, Clock clock, MeterRegistry meters) {
    this.timers = timers;
    this.settings = properties.timers();
    this.clock = clock;
    this.lateness =
        Timer.builder("dispatch.timers.lateness")
            .description("How long after its due time a charter's timer was handled")
            .publishPercentiles(0.5, 0.99)
            .register(meters);
  }

  @Override
  public synchronized void start() {
    if (!settings.enabled() || running) {
      return;
    }
    running = true;
    ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "dispatch-timers"));
    workers =
        Executors.newScheduledThreadPool(settings.workers(), r -> new Thread(r, "dispatch-timer"));
    long interval = settings.pollInterval().toMillis();
    ticker.scheduleWithFixedDelay(this::poll, 0, interval, TimeUnit.MILLISECONDS);
  }

  private void poll() {
    try {
      for (DueCharter due : timers.dueWithin(settings.pollInterval(), settings.batchSize())) {
        if (scheduled.add(due)) {
          long delay = Math.max(0, Duration.between(clock.instant(), due.dueAt()).toMillis());
          workers.schedule(() -> attend(due), delay, TimeUnit.MILLISECONDS);
        }
      }
    } catch (RuntimeException e) {
      log.warn("event=timer_poll_failed error={}", e.toString());
    }
  }

  private void attend(DueCharter due) {
    lateness.record(Duration.between(due.dueAt(), clock.instant()));
    try {
      timers.attend(due.charterId());
    } catch (RuntimeException e) {
      log.warn("event=timer_failed charterId={} error={}", due.charterId(), e.toString());
    } finally {
      scheduled.remove(due);
    }
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    ticker.shutdownNow();
    workers.shutdownNow();
    try {
      ticker.awaitTermination(10, TimeUnit.SECONDS);
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    scheduled.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
