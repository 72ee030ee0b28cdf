package io.crewdispatch.notification.schedule.timer;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.schedule.application.RunDueItems;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Every {@code schedule.check-interval}, sends the follow-ups and reminders that fell due. */
@Component
class ScheduleTimer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ScheduleTimer.class);

  private final RunDueItems runDueItems;
  private final long intervalMillis;
  private ScheduledExecutorService timer;

  ScheduleTimer(RunDueItems runDueItems, NotificationProperties properties) {
    this.runDueItems = runDueItems;
    this.intervalMillis = properties.schedule().checkInterval().toMillis();
  }

  @Override
  public synchronized void start() {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "notification-schedule");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(this::tick, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    try {
      runDueItems.runDue();
    } catch (RuntimeException e) {
      // DynamoDB unreachable: what is due stays due, and the next tick tries again.
      log.warn("event=schedule_check_failed error={}", e.toString());
    }
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
