package io.crewdispatch.auth.events;

import io.crewdispatch.auth.link.application.IssueLinks;
import io.crewdispatch.auth.link.application.RevokeLinks;
import io.crewdispatch.auth.link.domain.Call;
import io.crewdispatch.auth.link.domain.Revocation;
import io.crewdispatch.auth.link.domain.Role;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.platform.kafka.BatchRecords;
import io.crewdispatch.platform.kafka.EventChecks;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes dispatch-events: a call mints links, a withdrawal kills them. Idempotent on eventId by
 * construction: links are derived from the callId and every change is a conditional write, so a
 * redelivered event finds its work done and emits nothing (see {@link IssueLinks}).
 *
 * <p>A fetch at a time: at 10 bookings a second a fetch holds one call, issued as it comes. Under a
 * backlog (dispatch publishes a fetch's calls together) a fetch holds hundreds: the calls of
 * charters nothing else in the fetch concerns are minted and announced together ({@link
 * IssueLinks#issueTogether}); every other event, and any call not done together, is then handled
 * one by one in the fetch's order. A record that fails there is named to the error handler, which
 * commits those before it and retries or dead-letters it; poison (undecodable, invalid) is named
 * after the records before it are handled.
 */
@Component
class DispatchEventsListener {

  private static final Logger log = LoggerFactory.getLogger(DispatchEventsListener.class);

  private final IssueLinks issueLinks;
  private final RevokeLinks revokeLinks;
  private final MeterRegistry meters;

  DispatchEventsListener(IssueLinks issueLinks, RevokeLinks revokeLinks, MeterRegistry meters) {
    this.issueLinks = issueLinks;
    this.revokeLinks = revokeLinks;
    this.meters = meters;
  }

  /** What a dispatch-events record asks of auth-service: nothing, or something on a charter. */
  private record Command(String charterId, Call issue, Runnable other) {}

  @KafkaListener(topics = "dispatch-events", id = "auth-dispatch-events", batch = "true")
  void on(List<ConsumerRecord<String, Object>> records) {
    BatchRecords.consumeInOrder(meters, records, this::command, this::issueTogether, this::handle);
  }

  private void handle(Command command) {
    if (command.issue() != null) {
      issueLinks.issue(command.issue());
    } else {
      command.other().run();
    }
  }

  /**
   * Issues together the calls of charters that appear once in the fetch, when there are two or
   * more; answers which commands it did.
   */
  private Predicate<Command> issueTogether(List<Command> commands) {
    Map<String, Long> perCharter =
        commands.stream()
            .filter(c -> c.charterId() != null)
            .collect(Collectors.groupingBy(Command::charterId, Collectors.counting()));
    List<Call> together =
        commands.stream()
            .filter(c -> c.issue() != null && perCharter.get(c.charterId()) == 1)
            .map(Command::issue)
            .toList();
    Set<String> issued = together.size() < 2 ? Set.of() : issueLinks.issueTogether(together);
    return c -> c.issue() != null && issued.contains(c.issue().callId());
  }

  private Command command(Object event) {
    if (event instanceof CaptainCalled called) {
      Call call =
          CallMapping.call(
              called.getCallId(),
              called.getCharterId(),
              called.getCallee(),
              Role.CAPTAIN,
              called.getOccurredAt(),
              called.getRespondBy(),
              called.getCharter());
      return new Command(call.charterId(), call, null);
    }
    if (event instanceof CrewCalled called) {
      Call call =
          CallMapping.call(
              called.getCallId(),
              called.getCharterId(),
              called.getCallee(),
              Role.CREW,
              called.getOccurredAt(),
              called.getRespondBy(),
              called.getCharter());
      return new Command(call.charterId(), call, null);
    }
    if (event instanceof CallWithdrawn withdrawn) {
      String charterId = EventChecks.requireText(withdrawn.getCharterId(), "charterId");
      String callId = EventChecks.requireText(withdrawn.getCallId(), "callId");
      Revocation reason = CallMapping.revocation(withdrawn.getReason());
      return new Command(
          charterId, null, () -> revokeLinks.withdrawCall(charterId, callId, reason));
    }
    if (event instanceof CaptainConfirmed confirmed) {
      return ignore(confirmed.getCharterId(), "CaptainConfirmed");
    }
    if (event instanceof CharterStaffed staffed) {
      return ignore(staffed.getCharterId(), "CharterStaffed");
    }
    if (event instanceof CascadeStalled stalled) {
      return ignore(stalled.getCharterId(), "CascadeStalled");
    }
    // The events this round added to the topic (CrewConfirmed, SeatReleased, CallExtended,
    // pauses) mint or kill no link.
    return new Command(
        null, null, () -> log.debug("event=ignored type={}", event.getClass().getSimpleName()));
  }

  /** Links only care about calls; these need nothing from auth-service. */
  private static Command ignore(String charterId, String type) {
    EventChecks.requireText(charterId, "charterId");
    return new Command(
        charterId, null, () -> log.debug("event=ignored type={} charterId={}", type, charterId));
  }
}
