package io.crewdispatch.auth.link.web;

import io.crewdispatch.auth.link.application.LinkPage;
import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.Purpose;
import io.crewdispatch.auth.link.domain.Role;

/** What each page says: one title and one plain sentence or two, the same in HTML and JSON. */
record PageText(String title, String message) {

  static PageText of(LinkPage page) {
    CallLinks call = page.call();
    return switch (page.outcome()) {
      case OPEN -> open(page.purpose(), call);
      case ANSWERED -> answered(page.purpose(), call);
      case ALREADY_ACCEPTED ->
          new PageText(
              "You already accepted",
              "You accepted this charter on "
                  + CharterText.moment(call.answeredAt(), call.charter())
                  + ". Nothing more to do.");
      case ALREADY_DECLINED ->
          new PageText(
              "You already declined",
              "You declined this charter on "
                  + CharterText.moment(call.answeredAt(), call.charter())
                  + ". If you can make it after all, contact the office.");
      case EXPIRED ->
          new PageText(
              "This link has expired",
              "The time to answer this call has passed. If you can still help, contact the office.");
      case WITHDRAWN -> withdrawn(call);
      case UNKNOWN ->
          new PageText(
              "This link doesn't work",
              "We couldn't find this link. Check that you opened the whole link from your email,"
                  + " or contact the office.");
      case FORM_REJECTED -> staleForm();
    };
  }

  static PageText staleForm() {
    return new PageText(
        "Please try again",
        "This page was out of date. Open the link from your email again and press the button.");
  }

  static PageText tooManyRequests(long seconds) {
    return new PageText("Too many tries", "Please wait " + seconds + " seconds, then try again.");
  }

  private static PageText open(Purpose purpose, CallLinks call) {
    String seat = call.role() == Role.CAPTAIN ? "skipper" : "crew";
    return purpose == Purpose.ACCEPT
        ? new PageText(
            "Can you " + seat + " this charter?",
            "Press Accept to take the " + call.role().label() + " seat.")
        : new PageText("Can't make this charter?", "Press Decline to let the office know.");
  }

  private static PageText answered(Purpose purpose, CallLinks call) {
    if (purpose == Purpose.DECLINE) {
      return new PageText("Thanks", "Thanks, we've let the office know you can't make it.");
    }
    CharterText charter = CharterText.of(call.charter(), call.role());
    return new PageText(
        "You're confirmed",
        "You're confirmed as "
            + call.role().label()
            + " on "
            + charter.vessel()
            + ", "
            + charter.date()
            + ", departing "
            + charter.departure()
            + ". We've let the office know.");
  }

  private static PageText withdrawn(CallLinks call) {
    return switch (call.revocation()) {
      case CHARTER_CANCELLED ->
          new PageText(
              "This charter was cancelled",
              "The charter was cancelled, so this call no longer stands. Nothing more to do.");
      case FILLED_BY_OTHER ->
          new PageText(
              "This charter has been filled",
              "Someone else took this charter, so this call no longer stands. Thanks all the same.");
      case SUPERSEDED ->
          new PageText(
              "This call was replaced",
              "A newer call replaced this one. Use the link in the most recent email.");
      case UNAVAILABLE ->
          new PageText(
              "This call was withdrawn",
              "The roster shows you unavailable that day, so this call was withdrawn. Contact the"
                  + " office if that's wrong.");
    };
  }
}
