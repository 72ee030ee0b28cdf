package io.crewdispatch.roster.member.web;

import io.crewdispatch.roster.member.domain.Member;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A stored member as JSON, with the same field names as the RosterMember event. */
record MemberView(
    String crewId,
    String name,
    String rank,
    String email,
    String phone,
    int cascadeOrder,
    boolean active,
    Map<String, String> availability,
    Map<String, String> pairedCaptainByMonth,
    String channel,
    Map<String, BigDecimal> pay,
    Map<String, String> certificates,
    Instant createdAt) {

  static MemberView of(Member m) {
    Map<String, String> days = new LinkedHashMap<>();
    m.availability().forEach((d, a) -> days.put(d.toString(), a.name()));
    Map<String, String> pairs = new LinkedHashMap<>();
    m.pairedCaptainByMonth().forEach((month, captain) -> pairs.put(month.toString(), captain));
    Map<String, String> certificates = new LinkedHashMap<>();
    m.certificates().forEach((name, expires) -> certificates.put(name, expires.toString()));
    Map<String, BigDecimal> pay = null;
    if (m.pay() != null) {
      pay = new LinkedHashMap<>();
      pay.put("dayRate", m.pay().dayRate());
      pay.put("revenueSharePercent", m.pay().revenueSharePercent());
    }
    return new MemberView(
        m.crewId(),
        m.name(),
        m.rank().name(),
        m.email(),
        m.phone(),
        m.cascadeOrder(),
        m.active(),
        days,
        pairs,
        m.channel().name(),
        pay,
        certificates,
        m.createdAt());
  }
}
