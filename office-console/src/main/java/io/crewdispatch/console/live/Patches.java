package io.crewdispatch.console.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What to send an open page so it shows {@code after} when it shows {@code before}: the changed
 * parts swapped in place and the new ones inserted where they belong (htmx out-of-band swaps), or
 * nothing when only a whole re-render can say it (a part left or moved, a new group). A board of a
 * few hundred charters re-rendered whole on every event is what a browser could not keep up with.
 */
final class Patches {

  /** One out-of-band swap: {@code oob} is htmx's {@code hx-swap-oob} value for the part. */
  record Patch(LivePage.Part part, String oob) {}

  private Patches() {}

  /** The swaps, in page order; null when the page must be re-rendered whole. */
  static List<Patch> between(
      List<LivePage.Part> before, List<LivePage.Part> after, Set<String> changed) {
    Map<String, LivePage.Part> shown =
        before.stream().collect(Collectors.toMap(LivePage.Part::key, Function.identity()));
    List<LivePage.Part> kept = after.stream().filter(p -> shown.containsKey(p.key())).toList();
    if (kept.size() != before.size()) {
      return null; // a part left the page
    }
    for (int i = 0; i < kept.size(); i++) {
      if (!kept.get(i).key().equals(before.get(i).key())
          || !kept.get(i).group().equals(before.get(i).group())) {
        return null; // a part moved
      }
    }
    Set<String> groups = new HashSet<>();
    before.forEach(p -> groups.add(p.group()));
    List<Patch> patches = new ArrayList<>();
    LivePage.Part previous = null;
    for (LivePage.Part part : after) {
      if (!shown.containsKey(part.key())) {
        if (previous != null && previous.group().equals(part.group())) {
          patches.add(new Patch(part, "afterend:#" + previous.dom()));
        } else if (groups.contains(part.group())) {
          patches.add(new Patch(part, "afterbegin:#" + part.group()));
        } else {
          return null; // the first part of a new group
        }
      } else if (changed.contains(part.key())) {
        patches.add(new Patch(part, "true"));
      }
      previous = part;
    }
    return patches;
  }
}
