package io.crewdispatch.console.overview;

import io.crewdispatch.console.board.domain.CharterStatus;
import io.crewdispatch.console.board.domain.CharterView;
import io.crewdispatch.console.board.domain.OpenCall;
import io.crewdispatch.console.live.Times;
import java.util.List;

/** The office's words for a charter's state. */
public final class Words {

  private Words() {}

  public static String status(CharterView view) {
    String words =
        switch (view.status()) {
          case BOOKED -> "Booked, nobody called yet";
          case CALLING_CAPTAIN -> "Calling a captain";
          case CALLING_CREW -> "Calling crew";
          case STAFFED -> "Staffed";
          case STALLED -> "Stalled: " + stall(view.stallReason());
          case CANCELLED -> "Cancelled";
          case COMPLETED -> "Completed";
        };
    return view.paused() && view.status() != CharterStatus.CANCELLED
        ? words + " (calls paused)"
        : words;
  }

  public static String stall(String reason) {
    if (reason == null) {
      return "nobody left to call";
    }
    return switch (reason) {
      case "NO_CAPTAIN_AVAILABLE" -> "no captain is available that day";
      case "CAPTAINS_EXHAUSTED" -> "every captain said no or did not answer";
      case "CREW_UNFILLED" -> "not enough crew are available";
      case "SAIL_DATE_OUT_OF_RANGE" -> "the sail date is outside the roster's months";
      default -> "nobody left to call";
    };
  }

  public static String captain(CharterView view) {
    return view.captain() == null ? "No captain yet" : view.captain().name();
  }

  public static String crew(CharterView view) {
    return view.crewFilled() + " of " + view.crewNeeded() + " crew";
  }

  public static List<String> calling(CharterView view) {
    return view.openCalls().stream().map(call -> calling(call, view)).toList();
  }

  public static String calling(OpenCall call, CharterView view) {
    return "Calling "
        + call.callee().name()
        + " ("
        + role(call.role())
        + ") until "
        + Times.time(call.respondBy(), view.zone());
  }

  public static String role(OpenCall.Role role) {
    return role == OpenCall.Role.CAPTAIN ? "captain" : "crew";
  }

  public static String title(CharterView view) {
    String vessel = view.vessel() == null ? "Charter " + view.charterId() : view.vessel();
    if (view.departs() == null) {
      return vessel;
    }
    return vessel + ", " + Times.dayTime(view.departs(), view.zone());
  }
}
