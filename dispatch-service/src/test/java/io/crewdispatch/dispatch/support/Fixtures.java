package io.crewdispatch.dispatch.support;

import io.crewdispatch.events.Availability;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.testsupport.Samples;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Events about invented people (example.com addresses) for integration tests. Tests share one
 * roster projection, so each uses its own sail date: nobody from another test is available then.
 */
public final class Fixtures {

  private static final LocalDate FIRST_DAY = LocalDate.of(2027, 6, 1);
  // Within two years of the test clock (2027-03-01): later sail dates are refused as out of range.
  private static final AtomicInteger NEXT_DAY =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 300));

  private Fixtures() {}

  /** A sail date no other test in this JVM uses. */
  public static LocalDate uniqueSailDate() {
    return FIRST_DAY.plusDays(NEXT_DAY.getAndIncrement());
  }

  public static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static RosterChanged captain(String crewId, int order, LocalDate availableOn) {
    return member(crewId, Rank.CAPTAIN, order, Map.of(availableOn, Availability.AVAILABLE), null);
  }

  public static RosterChanged crew(
      String crewId, int order, LocalDate availableOn, String pairedCaptain) {
    return member(
        crewId, Rank.CREW, order, Map.of(availableOn, Availability.AVAILABLE), pairedCaptain);
  }

  public static RosterChanged member(
      String crewId,
      Rank rank,
      int order,
      Map<LocalDate, Availability> days,
      String pairedCaptain) {
    Map<String, Availability> availability = new HashMap<>();
    days.forEach((day, answer) -> availability.put(day.toString(), answer));
    Map<String, String> paired = new HashMap<>();
    if (pairedCaptain != null) {
      days.keySet().forEach(day -> paired.put(YearMonth.from(day).toString(), pairedCaptain));
    }
    RosterMember member =
        RosterMember.newBuilder()
            .setCrewId(crewId)
            .setName("Test " + crewId)
            .setRank(rank)
            .setEmail(crewId + "@example.com")
            .setPhone("+1 555 0" + (100 + order))
            .setCascadeOrder(order)
            .setActive(true)
            .setAvailability(availability)
            .setPairedCaptainByMonth(paired)
            .build();
    return RosterChanged.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(TestClock.INSTANCE.instant())
        .setCrewId(crewId)
        .setMember(member)
        .build();
  }

  /** The member's next record: same person, a newer event. */
  public static RosterChanged changed(RosterChanged before, RosterMember member) {
    return RosterChanged.newBuilder(before)
        .setEventId(Samples.eventId())
        .setOccurredAt(TestClock.INSTANCE.instant())
        .setMember(member)
        .build();
  }

  /** A morning charter, 09:30-13:30 in San Diego. */
  public static CharterBooked booking(String charterId, LocalDate sailDate, int crewRequired) {
    return booking(charterId, sailDate, LocalTime.of(9, 30), LocalTime.of(13, 30), crewRequired);
  }

  public static CharterBooked booking(
      String charterId, LocalDate sailDate, LocalTime departs, LocalTime returns, int crew) {
    return CharterBooked.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(TestClock.INSTANCE.instant())
        .setCharterId(charterId)
        .setVessel("Sea Breeze")
        .setSailDate(sailDate)
        .setDepartureTime(departs)
        .setReturnTime(returns)
        .setTimeZone("America/Los_Angeles")
        .setGuestCount(8)
        .setCrewRequired(crew)
        .setTotalRevenue(new BigDecimal("4250.00"))
        .setCustomerName(null)
        .setNotes(null)
        .setSource("test")
        .build();
  }
}
