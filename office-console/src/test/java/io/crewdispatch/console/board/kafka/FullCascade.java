package io.crewdispatch.console.board.kafka;

import io.crewdispatch.events.CallExtended;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadePaused;
import io.crewdispatch.events.CascadeResumed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.Channel;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.ReleaseReason;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.TokenDeclined;
import io.crewdispatch.events.WithdrawalReason;
import io.crewdispatch.testsupport.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/**
 * What the console hears of a charter that took the longest realistic road (invented people): the
 * booking, ten captains called by email with an SMS follow-up (nine decline or let the call run
 * out), a stall and the office's alert, thirty crew calls for four seats with their emails, SMS
 * follow-ups and answers, the office pausing and resuming, extending three calls, releasing one
 * crew member and assigning another, resending a call, then staffed, reminders to all five by email
 * and SMS, completed and invoiced. Ids are UUIDs as the services make them.
 */
final class FullCascade {

  static final int CAPTAINS = 10;
  static final int CREW_CALLS = 30;
  static final int CREW_SEATS = 4;

  private final String charterId;
  private final List<SpecificRecord> events = new ArrayList<>();
  private Instant now = Samples.NOW;

  private FullCascade(String charterId) {
    this.charterId = charterId;
  }

  /** The charter's events in the order they happened, each a minute or more after the last. */
  static List<SpecificRecord> of(String charterId) {
    return new FullCascade(charterId).play();
  }

  private List<SpecificRecord> play() {
    events.add(
        CharterBooked.newBuilder(Samples.charterBooked(charterId))
            .setCrewRequired(CREW_SEATS)
            .setOccurredAt(tick())
            .build());
    Callee captain = null;
    for (int c = 1; c <= CAPTAINS; c++) {
      captain = person("captain-" + c, "Captain Number" + c, Rank.CAPTAIN);
      String call = captainCall(captain);
      if (c == 5) {
        stall(); // the first five would not; the office asked a sixth by phone
      }
      if (c < CAPTAINS) {
        events.add(sent("CALL_FOLLOW_UP", Channel.SMS));
        if (c % 2 == 0) {
          events.add(declined(call, captain));
        } // the others let it run out: no event, the next call follows
      } else {
        events.add(accepted(call, captain));
        events.add(
            CaptainConfirmed.newBuilder(Samples.captainConfirmed(charterId))
                .setEventId(Samples.eventId())
                .setOccurredAt(tick())
                .setCallId(call)
                .setCaptain(captain)
                .build());
        events.add(sent("CONFIRMED", Channel.EMAIL));
      }
    }
    List<Callee> seated = new ArrayList<>();
    for (int n = 1; n <= CREW_CALLS; n++) {
      Callee crew = person("deckhand-" + n, "Deckhand Number" + n, Rank.CREW);
      String call = crewCall(crew);
      if (n == 8) {
        office(
            CascadePaused.newBuilder()
                .setEventId(Samples.eventId())
                .setOccurredAt(tick())
                .setCharterId(charterId)
                .setByOffice("office@example.com")
                .setReason("Waiting for the owner's call")
                .build());
        office(
            CascadeResumed.newBuilder()
                .setEventId(Samples.eventId())
                .setOccurredAt(tick())
                .setCharterId(charterId)
                .setByOffice("office@example.com")
                .setReason(null)
                .build());
      }
      if (n % 10 == 3) {
        events.add(extended(call, crew));
      }
      if (n == 12) { // the office sends the call again: the first is withdrawn
        events.add(withdrawn(call, crew, WithdrawalReason.SUPERSEDED));
        call = crewCall(crew);
      }
      events.add(sent("CALL_FOLLOW_UP", Channel.SMS));
      boolean accepts = n % 7 == 0 && seated.size() < CREW_SEATS - 1;
      if (accepts) {
        events.add(accepted(call, crew));
        events.add(crewConfirmed(call, crew, null));
        events.add(sent("CONFIRMED", Channel.EMAIL));
        seated.add(crew);
      } else if (n % 3 == 0) {
        events.add(declined(call, crew));
      } else if (n == 20) {
        events.add(withdrawn(call, crew, WithdrawalReason.SKIPPED_BY_OFFICE));
      }
    }
    Callee released = seated.remove(0);
    events.add(
        SeatReleased.newBuilder()
            .setEventId(Samples.eventId())
            .setOccurredAt(tick())
            .setCharterId(charterId)
            .setPerson(released)
            .setRole(Rank.CREW)
            .setReason(ReleaseReason.RELEASED_BY_OFFICE)
            .setByOffice("office@example.com")
            .setCharter(Samples.charterSummary())
            .build());
    events.add(sent("RELEASED", Channel.EMAIL));
    while (seated.size() < CREW_SEATS) { // assigned by hand: phoned by the office
      Callee assigned = person("deckhand-" + (40 + seated.size()), "Deckhand Phoned", Rank.CREW);
      events.add(crewConfirmed(null, assigned, "office@example.com"));
      events.add(sent("CONFIRMED", Channel.EMAIL));
      seated.add(assigned);
    }
    events.add(
        CharterStaffed.newBuilder(Samples.charterStaffed(charterId))
            .setEventId(Samples.eventId())
            .setOccurredAt(tick())
            .setCaptain(captain)
            .setCrew(seated)
            .build());
    events.add(sent("STAFFED", Channel.EMAIL));
    for (int r = 0; r <= CREW_SEATS; r++) {
      events.add(sent("REMINDER", Channel.EMAIL));
      events.add(sent("REMINDER", Channel.SMS));
    }
    events.add(
        CharterCompleted.newBuilder(Samples.charterCompleted(charterId))
            .setOccurredAt(tick())
            .build());
    events.add(
        CharterInvoiced.newBuilder(Samples.charterInvoiced(charterId))
            .setOccurredAt(tick())
            .build());
    return events;
  }

  private String captainCall(Callee captain) {
    String call = UUID.randomUUID().toString();
    events.add(
        CaptainCalled.newBuilder(Samples.captainCalled(charterId))
            .setEventId(Samples.eventId())
            .setOccurredAt(tick())
            .setCallId(call)
            .setCallee(captain)
            .setRespondBy(now.plus(Duration.ofHours(2)))
            .build());
    events.add(sent("CALL", Channel.EMAIL));
    return call;
  }

  private String crewCall(Callee crew) {
    String call = UUID.randomUUID().toString();
    events.add(
        CrewCalled.newBuilder(Samples.crewCalled(charterId))
            .setEventId(Samples.eventId())
            .setOccurredAt(tick())
            .setCallId(call)
            .setCallee(crew)
            .setRespondBy(now.plus(Duration.ofHours(2)))
            .build());
    events.add(sent("CALL", Channel.EMAIL));
    return call;
  }

  private void stall() {
    events.add(
        CascadeStalled.newBuilder(Samples.cascadeStalled(charterId))
            .setEventId(Samples.eventId())
            .setOccurredAt(tick())
            .build());
    events.add(sent("STALL_ALERT", Channel.EMAIL));
  }

  private void office(SpecificRecord action) {
    events.add(action);
  }

  private CallExtended extended(String call, Callee callee) {
    return CallExtended.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(tick())
        .setCharterId(charterId)
        .setCallId(call)
        .setCallee(callee)
        .setRespondBy(now.plus(Duration.ofHours(3)))
        .setByOffice("office@example.com")
        .build();
  }

  private CallWithdrawn withdrawn(String call, Callee callee, WithdrawalReason reason) {
    return CallWithdrawn.newBuilder(Samples.callWithdrawn(charterId))
        .setEventId(Samples.eventId())
        .setOccurredAt(tick())
        .setCallId(call)
        .setCallee(callee)
        .setReason(reason)
        .build();
  }

  private CrewConfirmed crewConfirmed(String call, Callee crew, String byOffice) {
    return CrewConfirmed.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(tick())
        .setCharterId(charterId)
        .setCallId(call)
        .setCrew(crew)
        .setCaptainId("captain-" + CAPTAINS)
        .setByOffice(byOffice)
        .setCharter(Samples.charterSummary())
        .build();
  }

  private TokenAccepted accepted(String call, Callee callee) {
    return TokenAccepted.newBuilder(Samples.tokenAccepted(charterId))
        .setEventId(Samples.eventId())
        .setOccurredAt(tick())
        .setCallId(call)
        .setCrewId(callee.getCrewId())
        .setRole(callee.getRank())
        .build();
  }

  private TokenDeclined declined(String call, Callee callee) {
    return TokenDeclined.newBuilder(Samples.tokenDeclined(charterId))
        .setEventId(Samples.eventId())
        .setOccurredAt(tick())
        .setCallId(call)
        .setCrewId(callee.getCrewId())
        .setRole(callee.getRank())
        .build();
  }

  private NotificationSent sent(String kind, Channel channel) {
    return NotificationSent.newBuilder(Samples.notificationSent(Samples.eventId()))
        .setEventId(Samples.eventId())
        .setOccurredAt(tick())
        .setCharterId(charterId)
        .setKind(kind)
        .setChannel(channel)
        .build();
  }

  private static Callee person(String crewId, String name, Rank rank) {
    return Callee.newBuilder()
        .setCrewId(crewId)
        .setName(name)
        .setEmail(crewId + "@example.com")
        .setPhone("+1 555 0100")
        .setRank(rank)
        .setChannel(Channel.BOTH)
        .build();
  }

  private Instant tick() {
    now = now.plus(Duration.ofMinutes(7));
    return now;
  }
}
