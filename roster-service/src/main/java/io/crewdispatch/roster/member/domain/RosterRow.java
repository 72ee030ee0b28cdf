package io.crewdispatch.roster.member.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** One row of the Roster tab, with every problem a person should fix. */
final class RosterRow {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final String tab;
  private final int row;
  private final Headers headers;

  RosterRow(String tab, int row, Headers headers) {
    this.tab = tab;
    this.row = row;
    this.headers = headers;
  }

  /** Nothing about a person here: a spacer or a heading. */
  boolean isEmpty() {
    return name().isEmpty() && email().isEmpty() && text("rank").isEmpty();
  }

  String crewId() {
    return text("id");
  }

  String name() {
    return text("name");
  }

  String email() {
    return text("email");
  }

  Rank rank() {
    return switch (text("rank").toLowerCase(Locale.ROOT)) {
      case "captain", "capt", "capt." -> Rank.CAPTAIN;
      case "crew" -> Rank.CREW;
      default -> null;
    };
  }

  Optional<Integer> order() {
    return CellText.wholeNumber(headers.value(row, "order"));
  }

  Optional<Boolean> active() {
    Object value = headers.value(row, "active");
    if (value instanceof Boolean checkbox) {
      return Optional.of(checkbox);
    }
    return switch (text("active").toLowerCase(Locale.ROOT)) {
      case "", "yes", "y", "true", "1", "active", "✓", "✔" -> Optional.of(true);
      case "no", "n", "false", "0", "inactive", "✗", "✘" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  List<Rejection> problems() {
    List<Rejection> problems = new ArrayList<>();
    if (name().isEmpty()) {
      problems.add(reject("name", "Name is missing"));
    }
    if (email().isEmpty()) {
      problems.add(reject("email", "Email is missing"));
    } else if (!EMAIL.matcher(email()).matches()) {
      problems.add(reject("email", "Email '" + email() + "' is not an email address"));
    }
    if (rank() == null) {
      problems.add(
          reject(
              "rank",
              text("rank").isEmpty()
                  ? "Rank is missing"
                  : "Rank '" + text("rank") + "' is not Captain or Crew"));
    }
    if (order().isEmpty()) {
      problems.add(
          reject(
              "order",
              text("order").isEmpty()
                  ? "Cascade Order is missing"
                  : "Cascade Order '" + text("order") + "' is not a whole number"));
    }
    if (active().isEmpty()) {
      problems.add(reject("active", "Active '" + text("active") + "' is not yes or no"));
    }
    return problems;
  }

  Rejection reject(String column, String reason) {
    return new Rejection(tab, row + 1, headers.label(column), reason);
  }

  /** The profile; its calendar comes from the month tabs. */
  Member toMember(String crewId) {
    String phone = text("phone");
    return new Member(
        crewId,
        name(),
        rank(),
        email(),
        phone.isEmpty() ? null : phone,
        order().orElseThrow(),
        active().orElseThrow(),
        new TreeMap<>(),
        new TreeMap<>());
  }

  private String text(String column) {
    return CellText.text(headers.value(row, column));
  }
}
