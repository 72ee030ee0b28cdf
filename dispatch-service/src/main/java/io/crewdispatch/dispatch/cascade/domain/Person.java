package io.crewdispatch.dispatch.cascade.domain;

import io.crewdispatch.dispatch.roster.domain.Channel;
import io.crewdispatch.dispatch.roster.domain.CrewMember;
import io.crewdispatch.dispatch.roster.domain.Rank;

/** Who a call went to, as the roster described them when they were called. */
public record Person(
    String crewId, String name, String email, String phone, Rank rank, Channel channel) {

  public Person {
    channel = channel == null ? Channel.EMAIL : channel;
  }

  public Person(String crewId, String name, String email, String phone, Rank rank) {
    this(crewId, name, email, phone, rank, Channel.EMAIL);
  }

  public static Person of(CrewMember member) {
    return new Person(
        member.crewId(),
        member.name(),
        member.email(),
        member.phone(),
        member.rank(),
        member.channel());
  }
}
