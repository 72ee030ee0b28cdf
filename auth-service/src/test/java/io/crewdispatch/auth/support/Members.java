package io.crewdispatch.auth.support;

import io.crewdispatch.events.Channel;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.testsupport.Samples;
import java.time.Instant;
import java.util.UUID;

/** Invented roster members, each with a crewId and address of their own. */
public final class Members {

  private Members() {}

  public static String crewId() {
    return "rowan-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static RosterChanged active(String crewId, Instant at) {
    return changed(crewId, at, true);
  }

  public static RosterChanged changed(String crewId, Instant at, boolean active) {
    RosterMember member =
        RosterMember.newBuilder(Samples.rosterMember(crewId, Rank.CREW, 3))
            .setName("Rowan Harbor")
            .setEmail(crewId + "@crew.example.org")
            .setPhone("+16195550123")
            .setChannel(Channel.BOTH)
            .setActive(active)
            .build();
    return RosterChanged.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(at)
        .setCrewId(crewId)
        .setMember(member)
        .build();
  }

  public static String emailOf(String crewId) {
    return crewId + "@crew.example.org";
  }
}
