package io.crewdispatch.dispatch.cascade.kafka;

import io.crewdispatch.dispatch.cascade.domain.CharterDetails;
import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import io.crewdispatch.dispatch.cascade.domain.Person;
import io.crewdispatch.events.AttemptOutcome;
import io.crewdispatch.events.CallAttempt;
import io.crewdispatch.events.CallExtended;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadePaused;
import io.crewdispatch.events.CascadeResumed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.Channel;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.ReleaseReason;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.events.StallReason;
import io.crewdispatch.events.WithdrawalReason;
import org.apache.avro.specific.SpecificRecord;

/** Domain dispatch events to their Avro records on dispatch-events. */
final class AvroDispatchEvents {

  private AvroDispatchEvents() {}

  static SpecificRecord toAvro(DispatchEvent event) {
    if (event instanceof DispatchEvent.CaptainCalled e) {
      return new CaptainCalled(
          e.eventId(),
          e.occurredAt(),
          e.callId(),
          e.charterId(),
          callee(e.callee()),
          e.attempt(),
          e.respondBy(),
          summary(e.charter()));
    }
    if (event instanceof DispatchEvent.CrewCalled e) {
      return new CrewCalled(
          e.eventId(),
          e.occurredAt(),
          e.callId(),
          e.charterId(),
          callee(e.callee()),
          e.captainId(),
          e.respondBy(),
          summary(e.charter()));
    }
    if (event instanceof DispatchEvent.CallWithdrawn e) {
      return new CallWithdrawn(
          e.eventId(),
          e.occurredAt(),
          e.callId(),
          e.charterId(),
          callee(e.callee()),
          WithdrawalReason.valueOf(e.reason().name()),
          summary(e.charter()));
    }
    if (event instanceof DispatchEvent.CaptainConfirmed e) {
      return new CaptainConfirmed(
          e.eventId(),
          e.occurredAt(),
          e.charterId(),
          e.callId(),
          callee(e.captain()),
          summary(e.charter()));
    }
    if (event instanceof DispatchEvent.CharterStaffed e) {
      return new CharterStaffed(
          e.eventId(),
          e.occurredAt(),
          e.charterId(),
          callee(e.captain()),
          e.crew().stream().map(AvroDispatchEvents::callee).toList(),
          summary(e.charter()));
    }
    if (event instanceof DispatchEvent.CrewConfirmed e) {
      return new CrewConfirmed(
          e.eventId(),
          e.occurredAt(),
          e.charterId(),
          e.callId(),
          callee(e.crew()),
          e.captainId(),
          e.byOffice(),
          summary(e.charter()));
    }
    if (event instanceof DispatchEvent.SeatReleased e) {
      return new SeatReleased(
          e.eventId(),
          e.occurredAt(),
          e.charterId(),
          callee(e.person()),
          Rank.valueOf(e.person().rank().name()),
          ReleaseReason.valueOf(e.reason().name()),
          e.byOffice(),
          summary(e.charter()));
    }
    if (event instanceof DispatchEvent.CallExtended e) {
      return new CallExtended(
          e.eventId(),
          e.occurredAt(),
          e.charterId(),
          e.callId(),
          callee(e.callee()),
          e.respondBy(),
          e.byOffice());
    }
    if (event instanceof DispatchEvent.CascadePaused e) {
      return new CascadePaused(
          e.eventId(), e.occurredAt(), e.charterId(), e.byOffice(), e.reason());
    }
    if (event instanceof DispatchEvent.CascadeResumed e) {
      return new CascadeResumed(
          e.eventId(), e.occurredAt(), e.charterId(), e.byOffice(), e.reason());
    }
    DispatchEvent.CascadeStalled e = (DispatchEvent.CascadeStalled) event;
    return new CascadeStalled(
        e.eventId(),
        e.occurredAt(),
        e.charterId(),
        StallReason.valueOf(e.reason().name()),
        e.attempts().stream().map(AvroDispatchEvents::attempt).toList(),
        summary(e.charter()));
  }

  private static Callee callee(Person person) {
    return new Callee(
        person.crewId(),
        person.name(),
        person.email(),
        person.phone(),
        Rank.valueOf(person.rank().name()),
        Channel.valueOf(person.channel().name()));
  }

  private static CallAttempt attempt(DispatchEvent.Attempt attempt) {
    return new CallAttempt(
        attempt.crewId(),
        attempt.name(),
        attempt.calledAt(),
        AttemptOutcome.valueOf(attempt.outcome().name()));
  }

  static CharterSummary summary(CharterDetails charter) {
    return new CharterSummary(
        charter.vessel(),
        charter.sailDate(),
        charter.departureTime(),
        charter.returnTime(),
        charter.timeZone().getId(),
        charter.guestCount());
  }
}
