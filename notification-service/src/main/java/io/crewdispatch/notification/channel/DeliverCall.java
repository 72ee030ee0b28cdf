package io.crewdispatch.notification.channel;

import io.crewdispatch.notification.delivery.application.DeliverNotice;
import io.crewdispatch.notification.delivery.application.DeliverSms;
import io.crewdispatch.notification.delivery.application.SmsTexts;
import io.crewdispatch.notification.delivery.domain.CallNotice;
import io.crewdispatch.notification.delivery.domain.Notice;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.schedule.application.FollowUps;
import io.crewdispatch.platform.logging.Failures;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Use case: a call goes out on the member's channel. EMAIL: the email, and a text at half the
 * window if still unanswered and there is a phone; SMS: the text (the email when there is no phone,
 * rather than nothing); BOTH: both at once. Each channel is sent once per event.
 */
@Service
public class DeliverCall {

  private static final Logger log = LoggerFactory.getLogger(DeliverCall.class);

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

  public void deliver(CallNotice call, Instant issuedAt) {
    Person callee = call.recipient();
    boolean byText = byText(callee);
    if (callee.reach().byEmail() || !byText) {
      email.deliver(call);
    }
    if (byText) {
      sms.deliver(call, callee.phone(), texts.call(call, false));
    } else {
      followUps.schedule(call, issuedAt);
    }
  }

  /**
   * A backlog's calls of distinct events: those going by email alone are emailed together (their
   * follow-ups set as each would be); answers the event ids done. The rest, texts among them, are
   * each for {@link #deliver}, which also finishes a call emailed here whose follow-up failed (its
   * email found sent, it is only announced again).
   */
  public Set<String> deliverTogether(List<Issued> calls) {
    List<Issued> byEmail = calls.stream().filter(c -> !byText(c.call().recipient())).toList();
    if (byEmail.size() < 2) {
      return Set.of();
    }
    Set<String> sent =
        email.deliverTogether(byEmail.stream().<Notice>map(Issued::call).toList()).stream()
            .map(Notice::eventId)
            .collect(Collectors.toSet());
    Set<String> done = new HashSet<>();
    try {
      // By event id: which of them were sent is the pipeline's to say, not their positions.
      for (Issued call : byEmail) {
        if (sent.contains(call.call().eventId())) {
          followUps.schedule(call.call(), call.at());
          done.add(call.call().eventId());
        }
      }
    } catch (RuntimeException e) {
      log.warn(
          "event=follow_up_together_failed done={} retry=one_by_one error={}",
          done.size(),
          Failures.describe(e));
    }
    return done;
  }

  private static boolean byText(Person callee) {
    return callee.reach().bySms() && callee.hasPhone();
  }
}
