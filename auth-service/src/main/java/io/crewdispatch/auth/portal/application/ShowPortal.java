package io.crewdispatch.auth.portal.application;

import io.crewdispatch.auth.link.application.LinkStore;
import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.FormTokens;
import io.crewdispatch.auth.link.domain.LinkState;
import io.crewdispatch.auth.link.domain.Purpose;
import io.crewdispatch.auth.portal.domain.AvailabilityWindow;
import io.crewdispatch.auth.portal.domain.PortalMember;
import io.crewdispatch.auth.portal.domain.Seat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Builds a member's portal from auth's own records: their calls as the link store keeps them (so an
 * open call here is exactly one whose link would open), and their seats as dispatch last decided.
 * Reads only.
 */
@Service
public class ShowPortal {

  private final PortalStore portal;
  private final LinkStore links;
  private final FormTokens forms;
  private final AvailabilityWindow window;
  private final Clock clock;

  ShowPortal(
      PortalStore portal,
      LinkStore links,
      FormTokens forms,
      AvailabilityWindow window,
      Clock clock) {
    this.portal = portal;
    this.links = links;
    this.forms = forms;
    this.window = window;
    this.clock = clock;
  }

  public PortalPage show(PortalMember member) {
    Instant now = clock.instant();
    String crewId = member.member().crewId();
    List<PortalPage.OpenCall> open =
        member.callIds().stream()
            .map(links::findCall)
            .flatMap(Optional::stream)
            .filter(call -> call.crewId().equals(crewId) && call.minted())
            .filter(call -> call.stateAt(now) == LinkState.OPEN)
            .sorted(Comparator.comparing(CallLinks::respondBy))
            .map(call -> openCall(call, now))
            .toList();
    List<Seat> upcoming =
        portal.seats(crewId, member.charterIds()).stream()
            .filter(Seat::confirmed)
            .filter(seat -> !seat.charter().departure().isBefore(startOfToday(seat, now)))
            .filter(seat -> !cancelledSince(seat))
            .sorted(Comparator.comparing(seat -> seat.charter().departure()))
            .toList();
    return new PortalPage(
        member,
        upcoming,
        open,
        forms.issue(member.linkHash(), now),
        window.at(now),
        member.member().availability());
  }

  private PortalPage.OpenCall openCall(CallLinks call, Instant now) {
    return new PortalPage.OpenCall(
        call,
        forms.issue(call.hashFor(Purpose.ACCEPT), now),
        forms.issue(call.hashFor(Purpose.DECLINE), now));
  }

  /** A charter stays "upcoming" all of its sail day, in its own time zone. */
  private static Instant startOfToday(Seat seat, Instant now) {
    var zone = seat.charter().timeZone();
    return LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
  }

  /** A cancellation after the confirmation ends the seat (a re-booking confirms anew). */
  private boolean cancelledSince(Seat seat) {
    return portal.cancelledAt(seat.charterId()).filter(at -> !at.isBefore(seat.at())).isPresent();
  }
}
