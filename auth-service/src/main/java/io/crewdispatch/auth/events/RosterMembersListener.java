package io.crewdispatch.auth.events;

import io.crewdispatch.auth.link.domain.Role;
import io.crewdispatch.auth.portal.application.IssuePortalLink;
import io.crewdispatch.auth.portal.domain.DayAnswer;
import io.crewdispatch.auth.portal.domain.Member;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.platform.kafka.EventChecks;
import io.crewdispatch.platform.kafka.NonRetryableEventException;
import io.crewdispatch.platform.kafka.OneConsumer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes roster-members for the crew portal: an active member gets their portal link, an inactive
 * one loses it. Idempotent: the stored link (and whether it was announced) decides, not the event.
 */
@Component
@KafkaListener(
    topics = "roster-members",
    id = "auth-portal-roster",
    concurrency = OneConsumer.FOR_ALL_PARTITIONS)
class RosterMembersListener {

  private final IssuePortalLink issuePortalLink;

  RosterMembersListener(IssuePortalLink issuePortalLink) {
    this.issuePortalLink = issuePortalLink;
  }

  @KafkaHandler
  void on(RosterChanged event) {
    String crewId = EventChecks.requireText(event.getCrewId(), "crewId");
    RosterMember member = event.getMember();
    if (member == null || !crewId.equals(member.getCrewId())) {
      throw new NonRetryableEventException("Invalid event: member missing or of another crewId");
    }
    issuePortalLink.onRoster(
        new Member(
            crewId,
            EventChecks.requireText(member.getName(), "member.name"),
            EventChecks.requireText(member.getEmail(), "member.email"),
            member.getPhone(),
            Role.valueOf(member.getRank().name()),
            member.getChannel().name(),
            member.getActive(),
            availability(member.getAvailability())),
        event.getOccurredAt());
  }

  private static Map<LocalDate, DayAnswer> availability(Map<String, ?> days) {
    Map<LocalDate, DayAnswer> out = new HashMap<>();
    days.forEach(
        (day, answer) -> {
          try {
            out.put(LocalDate.parse(day), DayAnswer.valueOf(answer.toString()));
          } catch (DateTimeParseException e) {
            throw new NonRetryableEventException("Invalid event: availability date " + day, e);
          }
        });
    return out;
  }
}
