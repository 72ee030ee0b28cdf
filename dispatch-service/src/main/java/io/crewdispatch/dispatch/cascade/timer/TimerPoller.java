package io.crewdispatch.dispatch.cascade.timer;

import io.crewdispatch.dispatch.cascade.application.FireDueTimers;
import io.crewdispatch.dispatch.config.DispatchProperties;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks for due charters every poll interval and handles them on a few worker threads. A full batch
 * is followed at once by the next, so a backlog drains without waiting for the next tick.
 */
@Component
class TimerPoller implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TimerPoller.class);

  private final FireDueTimers timers;
  private final DispatchProperties.Timers settings;
  private volatile boolean running;
  private ScheduledExecutorService ticker;
  private ExecutorService workers;

  TimerPoller(FireDueTimers timers, DispatchProperties properties) {
    this.timers = timers;
    this.settings = properties.timers();
  }

  @Override
  public synchronized void start() {
    if (!settings.enabled() || running) {
      return;
    }
    running = true;
    ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "dispatch-timers"));
    workers =
        Executors.newFixedThreadPool(settings.workers(), r -> new Thread(r, "dispatch-timer"));
    long interval = settings.pollInterval().toMillis();
    ticker.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
  }

  private void poll() {
    try {
      List<String> due;
      do {
        due = timers.due(settings.batchSize());
        CompletableFuture.allOf(
                due.stream()
                    .map(id -> CompletableFuture.runAsync(() -> attend(id), workers))
                    .toArray(CompletableFuture[]::new))
            .join();
      } while (running && due.size() >= settings.batchSize());
    } catch (RuntimeException e) {
      log.warn("event=timer_poll_failed error={}", e.toString());
    }
  }

  private void attend(String charterId) {
    try {
      timers.attend(charterId);
    } catch (RuntimeException e) {
      log.warn("event=timer_failed charterId={} error={}", charterId, e.toString());
    }
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    ticker.shutdown();
    workers.shutdown();
    try {
      ticker.awaitTermination(10, TimeUnit.SECONDS);
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
