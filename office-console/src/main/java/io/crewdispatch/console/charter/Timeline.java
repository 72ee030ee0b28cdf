package io.crewdispatch.console.charter;

import static io.crewdispatch.console.board.domain.Fields.*;

import io.crewdispatch.console.board.domain.Fact;
import io.crewdispatch.console.board.domain.Fields;
import io.crewdispatch.console.board.domain.Seat;
import io.crewdispatch.console.live.Times;
import io.crewdispatch.console.overview.Words;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A charter's facts as the sentences of its timeline, newest first. */
final class Timeline {

  private Timeline() {}

  record Entry(String at, String text) {}

  static List<Entry> of(List<Fact> facts, ZoneId zone) {
    List<Fact> ordered = new ArrayList<>(facts);
    ordered.sort(Fact.CHRONOLOGICAL.reversed());
    return ordered.stream()
        .map(f -> new Entry(Times.dayTime(f.occurredAt(), zone), text(f, zone)))
        .toList();
  }

  private static String text(Fact f, ZoneId zone) {
    String who = f.get(NAME) == null ? f.get(CREW_ID) : f.get(NAME);
    String role = f.get(ROLE) == null ? "" : " (" + f.get(ROLE).toLowerCase(Locale.UK) + ")";
    String office = f.get(BY_OFFICE) == null ? "" : " by " + f.get(BY_OFFICE);
    return switch (f.type()) {
      case BOOKED ->
          "Booked: "
              + f.get(VESSEL)
              + ", "
              + f.get(CREW_REQUIRED)
              + " crew needed besides the captain";
      case CANCELLED -> "Cancelled" + (f.get(REASON) == null ? "" : ": " + f.get(REASON));
      case COMPLETED -> "Completed";
      case INVOICED -> "Invoiced (" + f.get(DETAIL) + ")";
      case CAPTAIN_CALLED, CREW_CALLED ->
          "Called " + who + role + " by " + channel(f) + ", answer by " + until(f, zone);
      case CALL_WITHDRAWN -> "Call to " + who + " withdrawn: " + words(f.get(REASON));
      case CAPTAIN_CONFIRMED -> who + " confirmed as captain";
      case CREW_CONFIRMED ->
          who + " confirmed as crew" + (f.get(BY_OFFICE) == null ? "" : ", assigned" + office);
      case SEAT_RELEASED -> who + role + " released: " + words(f.get(REASON)) + office;
      case STAFFED -> "Staffed: captain " + who + crewNames(f.get(CREW));
      case STALLED -> "Stalled: " + Words.stall(f.get(REASON));
      case CALL_EXTENDED -> "More time for " + who + ": answer by " + until(f, zone) + office;
      case PAUSED -> "Calls paused" + office + (f.get(REASON) == null ? "" : ": " + f.get(REASON));
      case RESUMED ->
          "Calls resumed" + office + (f.get(REASON) == null ? "" : ": " + f.get(REASON));
      case ACCEPTED -> f.get(CREW_ID) + " said yes" + role;
      case DECLINED -> f.get(CREW_ID) + " said no" + role;
      case NOTIFIED -> "Sent " + words(f.get(KIND)) + " by " + channel(f);
      case NOTIFICATION_FAILED -> "Could not send " + words(f.get(KIND)) + " by " + channel(f);
      case DEAD_LETTERED ->
          "An event ("
              + f.get(KIND)
              + ") could not be handled by "
              + f.get(DETAIL)
              + ": see the system page";
    };
  }

  private static String until(Fact f, ZoneId zone) {
    return Times.time(Instant.ofEpochMilli(Long.parseLong(f.get(RESPOND_BY))), zone);
  }

  private static String channel(Fact f) {
    return "SMS".equals(f.get(CHANNEL)) ? "SMS" : "email"; // before channels, all was email
  }

  private static String crewNames(String crew) {
    List<Seat> seats = Fields.people(crew);
    return seats.isEmpty()
        ? ""
        : ", crew " + String.join(", ", seats.stream().map(Seat::name).toList());
  }

  private static String words(String code) {
    return code == null ? "" : code.toLowerCase(Locale.UK).replace('_', ' ');
  }
}
