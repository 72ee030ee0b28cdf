package io.crewdispatch.dispatch.cascade.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.dispatch.cascade.domain.Call;
import io.crewdispatch.dispatch.cascade.domain.CallState;
import io.crewdispatch.dispatch.cascade.domain.Charter;
import io.crewdispatch.dispatch.cascade.domain.CharterDetails;
import io.crewdispatch.dispatch.cascade.domain.CharterStatus;
import io.crewdispatch.dispatch.cascade.domain.DispatchEvent;
import io.crewdispatch.dispatch.cascade.domain.DispatchEvent.Attempt;
import io.crewdispatch.dispatch.cascade.domain.Person;
import io.crewdispatch.dispatch.cascade.domain.StallReason;
import io.crewdispatch.dispatch.cascade.domain.WithdrawalReason;
import io.crewdispatch.dispatch.roster.domain.Rank;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is stored comes back the same: the cascade, and every kind of event in the outbox. */
class CharterDocumentsTest {

  static final Instant AT = Instant.parse("2027-03-01T18:00:00.123456789Z");
  static final CharterDetails DETAILS =
      new CharterDetails(
          "Sea Breeze",
          LocalDate.of(2027, 6, 14),
          LocalTime.of(9, 30),
          LocalTime.of(13, 30),
          ZoneId.of("America/Los_Angeles"),
          8,
          2);
  static final Person CAPTAIN =
      new Person("alex-marlow", "Alex Marlow", "alex@example.com", null, Rank.CAPTAIN);
  static final Person CREW =
      new Person("jordan-reef", "Jordan Reef", "jordan@example.com", "+1 555 0100", Rank.CREW);

  CharterDocuments documents = new CharterDocuments();

  @Test
  void aCharterReadsBackEqualToWhatWasWritten() {
    Charter charter =
        new Charter(
            "CH-1",
            DETAILS,
            CharterStatus.STALLED,
            StallReason.CREW_UNFILLED,
            List.of("alex-marlow", "casey-harbor"),
            1,
            List.of("jordan-reef"),
            1,
            List.of(
                new Call(
                    "call-1", "ev-1", CAPTAIN, 1, AT, AT.plusSeconds(60), CallState.ACCEPTED, AT),
                new Call("call-2", "ev-2", CREW, 0, AT, AT.plusSeconds(60), CallState.OPEN, null)),
            AT.plusSeconds(3600),
            List.of("booked-1", "accepted-1"),
            true);

    assertThat(documents.charter(documents.write(charter))).isEqualTo(charter);
  }

  @Test
  void everyKindOfEventReadsBackAsItsOwnType() {
    List<DispatchEvent> events =
        List.of(
            new DispatchEvent.CaptainCalled("e1", AT, "CH-1", "call-1", CAPTAIN, 2, AT, DETAILS),
            new DispatchEvent.CrewCalled(
                "e2", AT, "CH-1", "call-2", CREW, "alex-marlow", AT, DETAILS),
            new DispatchEvent.CallWithdrawn(
                "e3", AT, "CH-1", "call-2", CREW, WithdrawalReason.UNAVAILABLE, DETAILS),
            new DispatchEvent.CaptainConfirmed("e4", AT, "CH-1", "call-1", CAPTAIN, DETAILS),
            new DispatchEvent.CharterStaffed("e5", AT, "CH-1", CAPTAIN, List.of(CREW), DETAILS),
            new DispatchEvent.CascadeStalled(
                "e6",
                AT,
                "CH-1",
                StallReason.CAPTAINS_EXHAUSTED,
                List.of(new Attempt("alex-marlow", "Alex Marlow", AT, Attempt.Outcome.TIMED_OUT)),
                DETAILS));

    assertThat(documents.events(documents.writeEvents(events))).isEqualTo(events);
  }
}
