package io.crewdispatch.dispatch.office.application;

import io.crewdispatch.dispatch.cascade.application.CharterTransitions;
import io.crewdispatch.dispatch.cascade.application.CrewingFactory;
import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.Decision;
import io.crewdispatch.dispatch.cascade.domain.Office;
import io.crewdispatch.dispatch.roster.domain.Rank;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Flow 11: the office's actions, each applied like any other change to a charter (load, decide,
 * save with the holds it changes, publish). A refused action changes nothing and throws {@link
 * io.crewdispatch.dispatch.cascade.domain.Refusal}; an unknown charter throws {@link
 * NoSuchCharterException}.
 */
@Service
public class OfficeActions {

  private static final Logger log = LoggerFactory.getLogger(OfficeActions.class);

  private final CharterTransitions transitions;
  private final Office office;
  private final CrewingFactory crewings;
  private final Clock clock;

  OfficeActions(
      CharterTransitions transitions, Office office, CrewingFactory crewings, Clock clock) {
    this.transitions = transitions;
    this.office = office;
    this.crewings = crewings;
    this.clock = clock;
  }

  public Charter assign(String charterId, String crewId, Rank role, String by) {
    return act(
        charterId,
        "assign",
        by,
        (c, id) -> office.assign(c, id, crewId, role, by, crewings.forCharter(c), now()));
  }

  public Charter release(String charterId, String crewId, String by) {
    return act(
        charterId,
        "release",
        by,
        (c, id) -> office.release(c, id, crewId, by, crewings.forCharter(c), now()));
  }

  public Charter recall(String charterId, String by) {
    return act(
        charterId,
        "recall",
        by,
        (c, id) -> office.recall(c, id, by, crewings.forCharter(c), now()));
  }

  public Charter pause(String charterId, String reason, String by) {
    return act(charterId, "pause", by, (c, id) -> office.pause(c, id, by, reason, now()));
  }

  public Charter resume(String charterId, String reason, String by) {
    return act(
        charterId,
        "resume",
        by,
        (c, id) -> office.resume(c, id, by, reason, crewings.forCharter(c), now()));
  }

  public Charter skip(String charterId, String callId, String by) {
    return act(
        charterId,
        "skip",
        by,
        (c, id) -> office.skip(c, id, callId, by, crewings.forCharter(c), now()));
  }

  public Charter extend(String charterId, String callId, Instant until, String by) {
    return act(charterId, "extend", by, (c, id) -> office.extend(c, id, callId, until, by, now()));
  }

  public Charter resend(String charterId, String callId, String by) {
    return act(
        charterId,
        "resend",
        by,
        (c, id) -> office.resend(c, id, callId, by, crewings.forCharter(c), now()));
  }

  private Charter act(
      String charterId, String action, String by, BiFunction<Charter, String, Decision> decide) {
    // One id per request: a retried save after a race decides again under the same id.
    String actionId = "office-" + action + "-" + UUID.randomUUID();
    Charter charter =
        transitions
            .apply(charterId, actionId, c -> decide.apply(c, actionId))
            .orElseThrow(() -> new NoSuchCharterException(charterId));
    log.info(
        "event=office_action action={} charterId={} actionId={} status={}",
        action,
        charterId,
        actionId,
        charter.status());
    return charter;
  }

  private Instant now() {
    return clock.instant();
  }
}
