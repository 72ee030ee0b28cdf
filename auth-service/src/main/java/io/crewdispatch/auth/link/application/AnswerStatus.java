package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.Answer;
import io.crewdispatch.auth.link.domain.AnswerReceipts;
import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.Confirmation;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Where an accept stands, for the page that follows the POST. Reads only: opening it (or polling
 * it) changes nothing. Without the answer's receipt it knows nothing, like an unknown link.
 */
@Service
public class AnswerStatus {

  private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private final LinkStore links;
  private final CallOutcomes outcomes;
  private final AnswerReceipts receipts;

  AnswerStatus(LinkStore links, CallOutcomes outcomes, AnswerReceipts receipts) {
    this.links = links;
    this.outcomes = outcomes;
    this.receipts = receipts;
  }

  /** The call and where it stands; empty for an unknown call, a wrong receipt or a decline. */
  public Optional<Status> of(String callId, String receipt) {
    if (callId == null || !CALL_ID.matcher(callId).matches()) {
      return Optional.empty();
    }
    return links
        .findCall(callId)
        .filter(call -> call.answer() == Answer.ACCEPTED && receipts.verify(receipt, call))
        .map(
            call ->
                new Status(
                    call,
                    Confirmation.of(
                        call,
                        outcomes.forCall(callId),
                        outcomes.forSeat(call.charterId(), call.crewId()))));
  }

  /** The address of an accepted call's status, relative to {@code /crew/}. */
  public String pathOf(CallLinks call) {
    return "answers/" + call.callId() + "/" + receipts.issue(call);
  }

  public record Status(CallLinks call, Confirmation confirmation) {}
}
