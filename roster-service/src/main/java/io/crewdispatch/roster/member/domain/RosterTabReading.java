package io.crewdispatch.roster.member.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the Roster tab says: accepted profiles, the ids of rejected rows (whose members keep their
 * last good record), what was wrong, new Crew IDs to write back, and who is who for the month tabs.
 */
record RosterTabReading(
    List<Member> accepted,
    Set<String> rejectedIds,
    List<Rejection> rejections,
    List<NewCrewId> writeBack,
    Map<String, String> idsByKey,
    Map<String, String> idsByName,
    Set<String> captainIds) {

  /** The Crew ID a month tab's cell names, by Crew ID or by (unique) name, any case. */
  Optional<String> resolve(String idOrName) {
    String key = idOrName.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return Optional.ofNullable(idsByKey.get(key)).or(() -> Optional.ofNullable(idsByName.get(key)));
  }

  boolean isCaptain(String crewId) {
    return captainIds.contains(crewId);
  }

  static final class Builder {
    private final List<Member> accepted = new ArrayList<>();
    private final Set<String> rejectedIds = new HashSet<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<NewCrewId> writeBack = new ArrayList<>();
    private final Map<String, String> idsByKey = new HashMap<>();
    private final Map<String, String> idsByName = new HashMap<>();
    private final Set<String> ambiguousNames = new HashSet<>();
    private final Set<String> captainIds = new HashSet<>();

    void known(String id, String name, Rank rank) {
      idsByKey.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
      String nameKey = CellText.key(name);
      if (!nameKey.isEmpty() && idsByName.putIfAbsent(nameKey, id) != null) {
        ambiguousNames.add(nameKey);
      }
      if (rank == Rank.CAPTAIN) {
        captainIds.add(id);
      }
    }

    void accepted(Member member) {
      accepted.add(member);
    }

    void rejected(String id, List<Rejection> problems) {
      if (!id.isEmpty()) {
        rejectedIds.add(id);
      }
      rejections.addAll(problems);
    }

    /** Reported without rejecting the row (a phone published as none). */
    void reported(Rejection note) {
      rejections.add(note);
    }

    void writeBack(NewCrewId update) {
      writeBack.add(update);
    }

    RosterTabReading build() {
      ambiguousNames.forEach(idsByName::remove);
      return new RosterTabReading(
          List.copyOf(accepted),
          Set.copyOf(rejectedIds),
          List.copyOf(rejections),
          List.copyOf(writeBack),
          Map.copyOf(idsByKey),
          Map.copyOf(idsByName),
          Set.copyOf(captainIds));
    }
  }
}
