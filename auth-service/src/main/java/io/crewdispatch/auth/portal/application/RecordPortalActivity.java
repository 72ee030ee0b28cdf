package io.crewdispatch.auth.portal.application;

import io.crewdispatch.auth.portal.domain.Seat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * Keeps the portal's read model of a member's calls and seats from dispatch-events. Idempotent and
 * order-free: a set gains nothing from a callId it holds, and a seat keeps the latest decision by
 * its instant. So a fetch's calls to one member are added in one write, whatever came between them.
 */
@Service
public class RecordPortalActivity {

  private final PortalStore store;

  RecordPortalActivity(PortalStore store) {
    this.store = store;
  }

  /** A call to a member, or a decision about a member's seat: one or the other. */
  public record Activity(String crewId, String callId, Seat seat) {

    public static Activity called(String crewId, String callId) {
      return new Activity(crewId, callId, null);
    }

    public static Activity seat(Seat seat) {
      return new Activity(seat.crewId(), null, seat);
    }
  }

  public void record(List<Activity> activities) {
    Map<String, Set<String>> calls = new LinkedHashMap<>();
    for (Activity activity : activities) {
      if (activity.callId() != null) {
        calls.computeIfAbsent(activity.crewId(), member -> new TreeSet<>()).add(activity.callId());
      }
    }
    calls.forEach(store::addCalls);
    activities.stream().filter(a -> a.seat() != null).forEach(a -> store.recordSeat(a.seat()));
  }
}
