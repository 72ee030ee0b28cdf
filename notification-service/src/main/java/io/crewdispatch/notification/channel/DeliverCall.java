package io.crewdispatch.notification.channel;

import io.crewdispatch.notification.delivery.application.DeliverNotice;
import io.crewdispatch.notification.delivery.application.DeliverSms;
import io.crewdispatch.notification.delivery.application.SmsTexts;
import io.crewdispatch.notification.delivery.domain.CallNotice;
import io.crewdispatch.notification.delivery.domain.Notice;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.schedule.application.FollowUps;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Use case: a call goes out on the member's channel. EMAIL: the email, and a text at half the
 * window if still unanswered and there is a phone; SMS: the text (the email when there is no phone,
 * rather than nothing); BOTH: both at once. Each channel is sent once per event. The follow-up
 * texts are scheduled apart ({@link #scheduleFollowUps}, a batched reader of the same calls): no
 * one waits on them by the second, and a second's calls are then one write.
 */
@Service
public class DeliverCall {

  private final DeliverNotice email;
  private final DeliverSms sms;
  private final SmsTexts texts;
  private final FollowUps followUps;

  DeliverCall(DeliverNotice email, DeliverSms sms, SmsTexts texts, FollowUps followUps) {
    this.email = email;
    this.sms = sms;
    this.texts = texts;
    this.followUps = followUps;
  }

  /** A call and when its links were issued (AcceptLinkIssued's occurredAt). */
  public record Issued(CallNotice call, Instant at) {}

  public void deliver(CallNotice call) {
    Person callee = call.recipient();
    boolean byText = byText(callee);
    if (callee.reach().byEmail() || !byText) {
      email.deliver(call);
    }
    if (byText) {
      sms.deliver(call, callee.phone(), texts.call(call, false));
    }
  }

  /**
   * The follow-up texts of calls going by email alone (a member with a phone), whether or not the
   * email has gone yet: a text at half the window serves an email held or refused too. Idempotent.
   */
  public void scheduleFollowUps(List<Issued> calls) {
    followUps.scheduleAll(
        calls.stream()
            .filter(c -> !byText(c.call().recipient()))
            .map(c -> new FollowUps.Issued(c.call(), c.at()))
            .toList());
  }

  /**
   * A backlog's calls of distinct events: those going by email alone are emailed together; answers
   * the event ids done. The rest, texts among them, are each for {@link #deliver}.
   */
  public Set<String> deliverTogether(List<Issued> calls) {
    List<Issued> byEmail = calls.stream().filter(c -> !byText(c.call().recipient())).toList();
    if (byEmail.size() < 2) {
      return Set.of();
    }
    // By event id: which of them were sent is the pipeline's to say, not their positions.
    return email.deliverTogether(byEmail.stream().<Notice>map(Issued::call).toList()).stream()
        .map(Notice::eventId)
        .collect(Collectors.toSet());
  }

  private static boolean byText(Person callee) {
    return callee.reach().bySms() && callee.hasPhone();
  }
}
