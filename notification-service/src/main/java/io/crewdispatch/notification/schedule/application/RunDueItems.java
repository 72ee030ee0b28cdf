package io.crewdispatch.notification.schedule.application;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.platform.logging.Failures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Use case: sends what is due. Each instance looks; each item is claimed with a conditional write
 * first, so of two instances one sends (and notification-log would stop a second send anyway). An
 * item whose send fails keeps its claim until the lease runs out, then is tried again.
 */
@Service
public class RunDueItems {

  private static final Logger log = LoggerFactory.getLogger(RunDueItems.class);
  private static final int BATCH = 25;

  private final ScheduleStore store;
  private final Map<String, ScheduledJob> jobs;
  private final Clock clock;
  private final Duration lease;

  RunDueItems(
      ScheduleStore store,
      List<ScheduledJob> jobs,
      Clock clock,
      NotificationProperties properties) {
    this.store = store;
    this.jobs = jobs.stream().collect(Collectors.toMap(ScheduledJob::kind, Function.identity()));
    this.clock = clock;
    this.lease = properties.schedule().claimLease();
  }

  /** Returns how many it sent (or found sent). */
  public int runDue() {
    Instant now = clock.instant();
    int done = 0;
    for (Scheduled item : store.due(now, BATCH)) {
      Optional<ScheduleStore.Claimed> claimed = store.claim(item.id(), now, now.plus(lease));
      if (claimed.isEmpty()) {
        continue;
      }
      // the claimed copy, not the index's: the index may lag behind a newer event
      Scheduled current = claimed.get().item();
      ScheduledJob job = jobs.get(current.kind());
      try {
        if (job == null) {
          log.warn("event=schedule_unknown_kind id={} kind={}", current.id(), current.kind());
        } else {
          job.run(current, now);
        }
        store.done(current.id(), claimed.get().token());
        done++;
      } catch (RuntimeException e) {
        log.warn("event=schedule_retry id={} error={}", item.id(), Failures.describe(e));
      }
    }
    return done;
  }
}
