package io.crewdispatch.dispatch.cascade.application;

import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.Decision;
import io.crewdispatch.dispatch.cascade.domain.Endings;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Flow 6 and the rest of a charter's life: cancelled, completed, invoiced. */
@Service
public class EndCharters {

  private static final Logger log = LoggerFactory.getLogger(EndCharters.class);

  private final CharterTransitions transitions;
  private final Endings endings;
  private final UnknownCharters unknown;
  private final CrewingFactory crewings;
  private final Clock clock;

  EndCharters(
      CharterTransitions transitions,
      Endings endings,
      UnknownCharters unknown,
      CrewingFactory crewings,
      Clock clock) {
    this.transitions = transitions;
    this.endings = endings;
    this.crewings = crewings;
    this.unknown = unknown;
    this.clock = clock;
  }

  public void handle(CharterEnd end) {
    Optional<Charter> charter =
        transitions.apply(end.charterId(), end.eventId(), c -> decide(c, end));
    String type = end.getClass().getSimpleName();
    if (charter.isEmpty()) {
      unknown.record(end.charterId(), end.eventId(), end.occurredAt(), type);
      return;
    }
    log.info(
        "event=charter_end type={} charterId={} eventId={} status={}",
        type,
        end.charterId(),
        end.eventId(),
        charter.get().status());
  }

  private Decision decide(Charter c, CharterEnd end) {
    if (end instanceof CharterEnd.Cancellation x) {
      return endings.cancel(c, x.eventId(), x.reason(), crewings.forCharter(c), clock.instant());
    }
    if (end instanceof CharterEnd.Invoice x) {
      return endings.invoiced(c, x.eventId(), x.invoiceId(), x.invoicedAmount(), clock.instant());
    }
    return endings.complete(c, end.eventId(), crewings.forCharter(c), clock.instant());
  }
}
