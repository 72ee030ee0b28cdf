package io.crewdispatch.roster.member.kafka;

import io.crewdispatch.events.Availability;
import io.crewdispatch.events.Channel;
import io.crewdispatch.events.Pay;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.roster.member.application.MemberEvents;
import io.crewdispatch.roster.member.domain.Member;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** RosterChanged on roster-members, keyed by Crew ID, with the member's whole record. */
@Component
class KafkaMemberEvents implements MemberEvents {

  private final KafkaTemplate<Object, Object> kafka;
  private final Clock clock;

  KafkaMemberEvents(KafkaTemplate<Object, Object> kafka, Clock clock) {
    this.kafka = kafka;
    this.clock = clock;
  }

  @Override
  public CompletableFuture<Void> publish(Member member) {
    RosterChanged event =
        RosterChanged.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setOccurredAt(clock.instant())
            .setCrewId(member.crewId())
            .setMember(record(member))
            .build();
    return kafka
        .send(Topic.ROSTER_MEMBERS.topicName(), member.crewId(), event)
        .thenApply(sent -> null);
  }

  static RosterMember record(Member member) {
    Map<String, Availability> days = new LinkedHashMap<>();
    member.availability().forEach((d, a) -> days.put(d.toString(), Availability.valueOf(a.name())));
    Map<String, String> pairs = new LinkedHashMap<>();
    member.pairedCaptainByMonth().forEach((m, captain) -> pairs.put(m.toString(), captain));
    Map<String, String> certificates = new LinkedHashMap<>();
    member.certificates().forEach((name, expires) -> certificates.put(name, expires.toString()));
    return RosterMember.newBuilder()
        .setCrewId(member.crewId())
        .setName(member.name())
        .setRank(Rank.valueOf(member.rank().name()))
        .setEmail(member.email())
        .setPhone(member.phone())
        .setCascadeOrder(member.cascadeOrder())
        .setActive(member.active())
        .setAvailability(days)
        .setPairedCaptainByMonth(pairs)
        .setChannel(Channel.valueOf(member.channel().name()))
        .setPay(pay(member.pay()))
        .setCertificates(certificates)
        .setCreatedAt(member.createdAt())
        .build();
  }

  private static Pay pay(io.crewdispatch.roster.member.domain.Pay pay) {
    if (pay == null) {
      return null;
    }
    return Pay.newBuilder()
        .setDayRate(pay.dayRate())
        .setRevenueSharePercent(pay.revenueSharePercent())
        .build();
  }
}
