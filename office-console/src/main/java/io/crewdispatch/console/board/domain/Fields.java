package io.crewdispatch.console.board.domain;

import java.util.ArrayList;
import java.util.List;

/** Names of the fields a {@link Fact} carries, and how a list of people is kept in one field. */
public final class Fields {

  public static final String VESSEL = "vessel";
  public static final String SAIL_DATE = "sailDate";
  public static final String DEPARTURE = "departure";
  public static final String RETURN = "return";
  public static final String ZONE = "zone";
  public static final String CREW_REQUIRED = "crewRequired";
  public static final String CALL_ID = "callId";
  public static final String CREW_ID = "crewId";
  public static final String NAME = "name";
  public static final String ROLE = "role";
  public static final String RESPOND_BY = "respondBy";
  public static final String REASON = "reason";
  public static final String BY_OFFICE = "byOffice";
  public static final String CREW = "crew";
  public static final String KIND = "kind";
  public static final String CHANNEL = "channel";
  public static final String DETAIL = "detail";

  private static final String PERSON = "\u001e";
  private static final String PART = "\u001f";

  private Fields() {}

  public static String people(List<Seat> seats) {
    List<String> parts = new ArrayList<>();
    for (Seat seat : seats) {
      parts.add(seat.crewId() + PART + seat.name());
    }
    return String.join(PERSON, parts);
  }

  public static List<Seat> people(String field) {
    List<Seat> seats = new ArrayList<>();
    if (field == null || field.isEmpty()) {
      return seats;
    }
    for (String person : field.split(PERSON)) {
      String[] parts = person.split(PART, 2);
      seats.add(new Seat(parts[0], parts.length > 1 ? parts[1] : parts[0]));
    }
    return seats;
  }
}
