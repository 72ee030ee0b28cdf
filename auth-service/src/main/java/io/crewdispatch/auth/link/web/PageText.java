package io.crewdispatch.auth.link.web;

import io.crewdispatch.auth.link.application.LinkPage;
import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.Confirmation;
import io.crewdispatch.auth.link.domain.NotConfirmed;
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

  /**
   * What the accept page says once the answer is recorded. Only dispatch can confirm (the person
   * may hold another charter that day, or the seat may have gone), so it never says confirmed
   * before dispatch did.
   */
  static PageText of(Confirmation confirmation, CallLinks call) {
    return switch (confirmation.state()) {
      case PENDING -> confirming();
      case CONFIRMED -> confirmed(call);
      case NOT_CONFIRMED ->
          new PageText("You're not confirmed on this charter", why(confirmation.reason()));
    };
  }

  private static PageText confirming() {
    return new PageText(
        "We've got your answer — confirming…",
        "We're checking that the seat is still yours. This page shows the outcome in a few"
            + " seconds; we'll also email you.");
  }

  private static String why(NotConfirmed reason) {
    return switch (reason) {
      case HELD_ELSEWHERE ->
          "You're already confirmed on another charter at that time, so we couldn't give you this"
              + " one. The office has been told and we've moved on to the next person.";
      case UNAVAILABLE ->
          "The roster shows you unavailable that day, so you weren't confirmed. Contact the office"
              + " if that's wrong.";
      case FILLED_BY_OTHER ->
          "Someone else took this seat before your answer arrived. Thanks all the same.";
      case CHARTER_CANCELLED -> "The charter was cancelled. Nothing more to do.";
      case CERTIFICATE_LAPSED ->
          "One of your certificates lapses before the sail date, so you weren't confirmed. Contact"
              + " the office once it's renewed.";
      case RELEASED_BY_OFFICE ->
          "The office has taken you off this charter. Contact the office if that's unexpected.";
      case SKIPPED_BY_OFFICE ->
          "The office had already moved on to someone else for this seat. Contact the office if"
              + " you'd still like to help.";
      case SUPERSEDED -> "A newer call replaced this one. Use the link in the most recent email.";
    };
  }

  private static PageText answered(Purpose purpose, CallLinks call) {
    if (purpose == Purpose.DECLINE) {
      return new PageText("Thanks", "Thanks, we've let the office know you can't make it.");
    }
    return confirming();
  }

  private static PageText confirmed(CallLinks call) {
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
      case HELD_ELSEWHERE ->
          new PageText(
              "This call was withdrawn",
              "You're already confirmed on another charter at that time, so this call was"
                  + " withdrawn.");
      case CERTIFICATE_LAPSED ->
          new PageText(
              "This call was withdrawn",
              "One of your certificates lapses before the sail date, so this call was withdrawn."
                  + " Contact the office once it's renewed.");
      case SKIPPED_BY_OFFICE ->
          new PageText(
              "This call was withdrawn",
              "The office moved on to someone else for this seat. Contact the office if you'd"
                  + " still like to help.");
    };
  }
}
