package io.crewdispatch.platform.ops;

import io.crewdispatch.events.Integration;
import io.crewdispatch.events.IntegrationState;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.platform.logging.Failures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a service has seen of each integration it uses, turned into IntegrationStateChanged on
 * ops-events: DOWN once failures have lasted {@code outage-threshold} without a success in between
 * (at once when a person must act, such as re-authorizing Gmail), then UP with the first success.
 * Short blips say nothing. Events go out on a thread of their own, so a caller reporting a failure
 * is never held up by the broker; an event that could not be published is tried again with the next
 * report.
 */
public class IntegrationStates {

  private static final Logger log = LoggerFactory.getLogger(IntegrationStates.class);

  private final OpsEvents ops;
  private final Clock clock;
  private final Duration threshold;
  private final Map<Integration, Track> tracks = new EnumMap<>(Integration.class);
  private final ExecutorService publisher =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "integration-states");
            thread.setDaemon(true);
            return thread;
          });

  public IntegrationStates(OpsEvents ops, Clock clock, Duration threshold) {
    this.ops = ops;
    this.clock = clock;
    this.threshold = threshold;
  }

  /** What is known of one integration. */
  private static final class Track {
    Instant failingSince;
    String detail;
    String whatToDo;
    boolean actNow;
    IntegrationState announced = IntegrationState.UP;
  }

  /** The integration answered. */
  public void succeeded(Integration integration) {
    IntegrationStateChanged event = null;
    synchronized (this) {
      Track track = tracks.computeIfAbsent(integration, i -> new Track());
      Instant now = clock.instant();
      track.failingSince = null;
      if (track.announced != IntegrationState.UP) {
        track.announced = IntegrationState.UP;
        event = event(integration, IntegrationState.UP, "working again", now, null);
      }
    }
    publish(event);
  }

  /**
   * The integration failed.
   *
   * @param whatToDo what a person must do, or null when it comes back by itself
   * @param actNow true when it cannot come back without a person (DOWN at once, no threshold)
   */
  public void failed(Integration integration, String detail, String whatToDo, boolean actNow) {
    IntegrationStateChanged event = null;
    synchronized (this) {
      Track track = tracks.computeIfAbsent(integration, i -> new Track());
      Instant now = clock.instant();
      if (track.failingSince == null) {
        track.failingSince = now;
      }
      track.detail = detail;
      track.whatToDo = whatToDo;
      track.actNow = actNow;
      boolean outage =
          actNow || !Duration.between(track.failingSince, now).minus(threshold).isNegative();
      if (outage && track.announced != IntegrationState.DOWN) {
        track.announced = IntegrationState.DOWN;
        event = event(integration, IntegrationState.DOWN, detail, track.failingSince, whatToDo);
      }
    }
    publish(event);
  }

  /** The state last announced for {@code integration}. */
  public synchronized IntegrationState announced(Integration integration) {
    Track track = tracks.get(integration);
    return track == null ? IntegrationState.UP : track.announced;
  }

  private IntegrationStateChanged event(
      Integration integration,
      IntegrationState state,
      String detail,
      Instant since,
      String whatToDo) {
    String id = ops.service() + "/" + integration + "/" + state + "/" + since.toEpochMilli();
    return IntegrationStateChanged.newBuilder()
        .setEventId(UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString())
        .setOccurredAt(clock.instant())
        .setService(ops.service())
        .setIntegration(integration)
        .setState(state)
        .setDetail(detail == null ? "" : detail)
        .setSince(since)
        .setWhatToDo(whatToDo)
        .build();
  }

  private void publish(IntegrationStateChanged event) {
    if (event == null) {
      return;
    }
    // Not the detail: it may quote a failure's message (an address, a file named for a person);
    // it goes on ops-events, to the office's console and mail.
    log.warn(
        "event=integration_state integration={} state={} since={}",
        event.getIntegration(),
        event.getState(),
        event.getSince());
    publisher.execute(
        () -> {
          try {
            ops.integrationStateChanged(event);
          } catch (RuntimeException e) {
            forget(event);
            log.warn(
                "event=integration_state_unpublished integration={} error={}",
                event.getIntegration(),
                Failures.describe(e));
          }
        });
  }

  /** Not said after all: the next report says it again. */
  private synchronized void forget(IntegrationStateChanged event) {
    Track track = tracks.get(event.getIntegration());
    if (track != null && track.announced == event.getState()) {
      track.announced =
          event.getState() == IntegrationState.UP ? IntegrationState.DOWN : IntegrationState.UP;
    }
  }
}
