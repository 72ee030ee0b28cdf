package io.crewdispatch.auth.link.kafka;

import io.crewdispatch.auth.link.application.AnsweredCall;
import io.crewdispatch.auth.link.application.IssuedLinks;
import io.crewdispatch.auth.link.domain.Answer;
import io.crewdispatch.auth.link.domain.Call;
import io.crewdispatch.auth.link.domain.Charter;
import io.crewdispatch.auth.link.domain.Role;
import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CharterSummary;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.TokenDeclined;
import org.apache.avro.specific.SpecificRecord;

/** Domain to Avro, for what auth-service publishes. */
final class LinkRecords {

  private LinkRecords() {}

  static AcceptLinkIssued acceptLinkIssued(IssuedLinks links) {
    Call call = links.call();
    return AcceptLinkIssued.newBuilder()
        .setEventId(links.eventId())
        .setOccurredAt(links.occurredAt())
        .setCallId(call.callId())
        .setCharterId(call.charterId())
        .setRole(rank(call.role()))
        .setRecipient(callee(call.recipient()))
        .setAcceptUrl(links.acceptUrl().toString())
        .setDeclineUrl(links.declineUrl().toString())
        .setExpiresAt(links.expiresAt())
        .setRespondBy(call.respondBy())
        .setCharter(summary(call.charter()))
        .build();
  }

  static SpecificRecord answer(AnsweredCall answered) {
    if (answered.answer() == Answer.ACCEPTED) {
      return TokenAccepted.newBuilder()
          .setEventId(answered.eventId())
          .setOccurredAt(answered.occurredAt())
          .setCallId(answered.callId())
          .setCharterId(answered.charterId())
          .setCrewId(answered.crewId())
          .setRole(rank(answered.role()))
          .build();
    }
    return TokenDeclined.newBuilder()
        .setEventId(answered.eventId())
        .setOccurredAt(answered.occurredAt())
        .setCallId(answered.callId())
        .setCharterId(answered.charterId())
        .setCrewId(answered.crewId())
        .setRole(rank(answered.role()))
        .build();
  }

  private static Callee callee(Call.Recipient recipient) {
    return Callee.newBuilder()
        .setCrewId(recipient.crewId())
        .setName(recipient.name())
        .setEmail(recipient.email())
        .setPhone(recipient.phone())
        .setRank(rank(recipient.rank()))
        .build();
  }

  private static CharterSummary summary(Charter charter) {
    return CharterSummary.newBuilder()
        .setVessel(charter.vessel())
        .setSailDate(charter.sailDate())
        .setDepartureTime(charter.departureTime())
        .setReturnTime(charter.returnTime())
        .setTimeZone(charter.timeZone().getId())
        .setGuestCount(charter.guestCount())
        .build();
  }

  private static Rank rank(Role role) {
    return Rank.valueOf(role.name());
  }
}
