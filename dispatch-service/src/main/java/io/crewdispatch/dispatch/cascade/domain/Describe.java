package io.crewdispatch.dispatch.cascade.domain;

import java.util.List;

/** Sentences for the office's timeline. */
final class Describe {

  private Describe() {}

  static String booking(CharterDetails details, List<String> captainQueue) {
    return "booked: "
        + details.vessel()
        + " on "
        + details.sailDate()
        + " "
        + details.departureTime()
        + "-"
        + details.returnTime()
        + " "
        + details.timeZone()
        + ", "
        + details.guestCount()
        + " guests, "
        + details.crewRequired()
        + " crew besides the captain; captains to call in order: "
        + (captainQueue.isEmpty() ? "none" : String.join(", ", captainQueue));
  }
}
