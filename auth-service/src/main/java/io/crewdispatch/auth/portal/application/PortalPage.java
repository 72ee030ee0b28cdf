package io.crewdispatch.auth.portal.application;

import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.portal.domain.DayAnswer;
import io.crewdispatch.auth.portal.domain.PortalMember;
import io.crewdispatch.auth.portal.domain.Seat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the portal shows one member.
 *
 * @param formToken the hidden field of the availability and new-link forms, bound to their link
 * @param days the days they may set, with what the sheet says of each (absent: not known)
 */
public record PortalPage(
    PortalMember member,
    List<Seat> upcoming,
    List<OpenCall> openCalls,
    String formToken,
    List<LocalDate> days,
    Map<LocalDate, DayAnswer> known) {

  /**
   * A call still open to them, with the form tokens of its Accept and Decline (the very ones the
   * call's own link pages would render).
   */
  public record OpenCall(CallLinks call, String acceptForm, String declineForm) {}
}
