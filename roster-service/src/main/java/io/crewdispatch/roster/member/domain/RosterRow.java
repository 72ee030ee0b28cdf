package io.crewdispatch.roster.member.domain;

import io.crewdispatch.roster.sheet.domain.CellValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** One row of the Roster tab, with every problem a person should fix. */
final class RosterRow {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final String tab;
  private final int row;
  private final Headers headers;
  private final Map<String, Integer> certificateColumns;
  private final PhoneFormat phones;

  RosterRow(
      String tab,
      int row,
      Headers headers,
      Map<String, Integer> certificateColumns,
      PhoneFormat phones) {
    this.tab = tab;
    this.row = row;
    this.headers = headers;
    this.certificateColumns = certificateColumns;
    this.phones = phones;
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
    if (channel().isEmpty()) {
      problems.add(
          reject("channel", "Channel '" + text("channel") + "' is not Email, SMS or Both"));
    }
    amount("dayRate", BigDecimal.valueOf(1_000_000))
        .ifPresent(reason -> problems.add(reject("dayRate", "Day Rate " + reason)));
    shareProblem().ifPresent(reason -> problems.add(reject("share", "Revenue Share % " + reason)));
    certificateColumns.forEach(
        (certificate, column) -> {
          Object cell = headers.tab().value(row, column);
          if (!CellText.isBlank(cell) && date(cell) == null) {
            problems.add(
                new Rejection(
                    tab,
                    row + 1,
                    certificate + " Expires",
                    certificate + " Expires '" + CellText.text(cell) + "' is not a date"));
          }
        });
    return problems;
  }

  /** A phone that cannot be made E.164 is reported but rejects nothing: it is published as null. */
  Optional<Rejection> phoneReport() {
    String phone = text("phone");
    if (phone.isEmpty() || phones.e164(phone).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        reject("phone", "Phone '" + phone + "' is not a phone number (published as none)"));
  }

  Optional<Channel> channel() {
    return switch (text("channel").toLowerCase(Locale.ROOT)) {
      case "", "email", "e-mail", "mail" -> Optional.of(Channel.EMAIL);
      case "sms", "text" -> Optional.of(Channel.SMS);
      case "both", "email and sms", "email + sms", "sms and email" -> Optional.of(Channel.BOTH);
      default -> Optional.empty();
    };
  }

  private BigDecimal number(String column) {
    Object value = headers.value(row, column);
    if (value instanceof BigDecimal number) {
      return number;
    }
    String text = text(column).replaceAll("[$,%\\s]", "");
    try {
      return text.isEmpty() ? null : new BigDecimal(text);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** Why a money or percent cell is wrong, if it is (blank is fine: not set). */
  private Optional<String> amount(String column, BigDecimal max) {
    if (text(column).isEmpty()) {
      return Optional.empty();
    }
    BigDecimal value = number(column);
    if (value == null) {
      return Optional.of("'" + text(column) + "' is not a number");
    }
    if (value.signum() < 0 || value.compareTo(max) > 0 || value.scale() > 2) {
      return Optional.of(
          "'" + text(column) + "' must be between 0 and " + max + " with at most 2 decimals");
    }
    return Optional.empty();
  }

  /**
   * Revenue Share % is 12.5, "12.5%", or a cell formatted as a percentage (which the adapters read
   * as "12.5%"). A bare number between 0 and 1 could be a fraction (0.125 meaning 12.5%) or a tiny
   * share: the service does not guess, it reports the cell.
   */
  private Optional<String> shareProblem() {
    BigDecimal value = number("share");
    boolean fraction = value != null && value.signum() > 0 && value.compareTo(BigDecimal.ONE) < 0;
    if (fraction && !text("share").contains("%")) {
      String shown = text("share");
      return Optional.of(
          "'"
              + shown
              + "' is ambiguous: write "
              + CellValues.percentText(value)
              + " for that share of the revenue, or "
              + shown
              + "% if you mean less than one percent");
    }
    return amount("share", BigDecimal.valueOf(100));
  }

  private static LocalDate date(Object cell) {
    return cell instanceof LocalDate d ? d : DayCell.isoDate(CellText.text(cell));
  }

  private Pay pay() {
    BigDecimal rate = number("dayRate");
    BigDecimal share = number("share");
    if (rate == null && share == null) {
      return null;
    }
    return new Pay(
        rate == null ? null : rate.setScale(2), share == null ? null : share.setScale(2));
  }

  private TreeMap<String, LocalDate> certificates() {
    TreeMap<String, LocalDate> expiries = new TreeMap<>();
    certificateColumns.forEach(
        (certificate, column) -> {
          LocalDate expires = date(headers.tab().value(row, column));
          if (expires != null) {
            expiries.put(certificate, expires);
          }
        });
    return expiries;
  }

  Rejection reject(String column, String reason) {
    return new Rejection(tab, row + 1, headers.label(column), reason);
  }

  /** The profile; its calendar comes from the month tabs. */
  Member toMember(String crewId) {
    return new Member(
        crewId,
        name(),
        rank(),
        email(),
        phones.e164(text("phone")).orElse(null),
        order().orElseThrow(),
        active().orElseThrow(),
        new TreeMap<>(),
        new TreeMap<>(),
        channel().orElseThrow(),
        pay(),
        certificates(),
        null);
  }

  private String text(String column) {
    return CellText.text(headers.value(row, column));
  }
}
