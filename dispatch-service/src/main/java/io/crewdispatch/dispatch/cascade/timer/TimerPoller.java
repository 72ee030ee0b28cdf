package io.crewdispatch.dispatch.cascade.timer;

import io.crewdispatch.dispatch.cascade.application.DueCharter;
import io.crewdispatch.dispatch.cascade.application.DuePage;
import io.crewdispatch.dispatch.cascade.application.FireDueTimers;
import io.crewdispatch.dispatch.cascade.application.TimerAgenda;
import io.crewdispatch.dispatch.config.DispatchProperties;
import io.crewdispatch.platform.logging.Failures;
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
 * Fires each charter's deadline at its time. Every poll interval it takes from the {@link
 * TimerAgenda} (in memory: this instance's own writes put their deadlines there) what is due before
 * the next tick and schedules each for its exact deadline on a few worker threads; that costs no
 * DynamoDB call. Every table poll interval it also reads the timer index, the earliest due of each
 * shard however far ahead, into the agenda: what another instance wrote and then left behind when
 * it stopped (a deadline, or an outbox whose lease runs out) is thereby fired at its time, or at
 * the latest one table poll interval after it when it was written after this instance's last read.
 * The first read is at start, so a restarted instance knows its deadlines; a read that could not
 * hold all that falls due before the next one is repeated at the next tick.
 */
@Component
class TimerPoller implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TimerPoller.class);

  private final FireDueTimers timers;
  private final TimerAgenda agenda;
  private final DispatchProperties.Timers settings;
  private final Clock clock;
  private final Timer lateness;
  private final Set<DueCharter> scheduled = ConcurrentHashMap.newKeySet();
  private volatile boolean running;
  private long nextTableRead; // System.nanoTime(); only the ticker thread reads and writes it
  private ScheduledExecutorService ticker;
  private ScheduledExecutorService workers;

  TimerPoller(
      FireDueTimers timers,
      TimerAgenda agenda,
      DispatchProperties properties,
      Clock clock,
      MeterRegistry meters) {
    this.timers = timers;
    this.agenda = agenda;
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
    nextTableRead = System.nanoTime(); // at once: a restarted instance learns its deadlines
    long tick = settings.pollInterval().toMillis();
    ticker.scheduleWithFixedDelay(this::tick, 0, tick, TimeUnit.MILLISECONDS);
  }

  /**
   * Reads the index into the agenda. When the read could not hold everything due before the next
   * one (a shard had more than the batch size), it is read again at the next tick.
   */
  private void readTable() {
    Duration interval = settings.tablePollInterval();
    try {
      DuePage page = timers.earliest(settings.batchSize());
      page.due().forEach(agenda::found);
      boolean complete = !page.seenUntil().isBefore(clock.instant().plus(interval));
      nextTableRead = System.nanoTime() + (complete ? interval.toNanos() : 0);
    } catch (RuntimeException e) {
      log.warn("event=timer_poll_failed error={}", Failures.describe(e));
      nextTableRead = System.nanoTime() + settings.pollInterval().toNanos();
    }
  }

  private void tick() {
    if (System.nanoTime() - nextTableRead >= 0) {
      readTable();
    }
    try {
      for (DueCharter due : agenda.takeDueBy(clock.instant().plus(settings.pollInterval()))) {
        if (scheduled.add(due)) {
          long delay = Math.max(0, Duration.between(clock.instant(), due.dueAt()).toMillis());
          workers.schedule(() -> attend(due), delay, TimeUnit.MILLISECONDS);
        }
      }
    } catch (RuntimeException e) {
      log.warn("event=timer_tick_failed error={}", Failures.describe(e));
    }
  }

  private void attend(DueCharter due) {
    lateness.record(Duration.between(due.dueAt(), clock.instant()));
    boolean failed = false;
    try {
      timers.attend(due.charterId());
    } catch (RuntimeException e) {
      log.warn("event=timer_failed charterId={} error={}", due.charterId(), Failures.describe(e));
      failed = true;
    } finally {
      scheduled.remove(due);
    }
    if (failed) {
      agenda.found(due); // tried again at the next tick (DynamoDB may be down for a while)
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
