package io.crewdispatch.notification.schedule.application;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.DeliverSms;
import io.crewdispatch.notification.delivery.application.SmsTexts;
import io.crewdispatch.notification.delivery.domain.CallNotice;
import io.crewdispatch.notification.delivery.domain.Charter;
import io.crewdispatch.notification.delivery.domain.NoticeKind;
import io.crewdispatch.notification.delivery.domain.Person;
import io.crewdispatch.notification.delivery.domain.Role;
import io.crewdispatch.notification.delivery.domain.TextNotice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Flow 13's follow-up: an email call still unanswered at half its window is followed by a text when
 * the member has a phone. The text waits in notification-schedule; an answer (accept or decline on
 * auth-events, or dispatch's confirmation), a withdrawal, or the next captain's call cancels it.
 * One per call: a captain's follow-up is keyed by the charter (only one captain call is open at a
 * time), a crew member's by charter and person.
 */
@Service
public class FollowUps implements ScheduledJob {

  static final String KIND = "call-follow-up";

  private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

  private final ScheduleStore store;
  private final LinkSeal seal;
  private final QuietHours quietHours;
  private final DeliverSms sms;
  private final SmsTexts texts;
  private final Clock clock;
  private final boolean enabled;

  FollowUps(
      ScheduleStore store,
      LinkSeal seal,
      QuietHours quietHours,
      DeliverSms sms,
      SmsTexts texts,
      Clock clock,
      NotificationProperties properties) {
    this.store = store;
    this.seal = seal;
    this.quietHours = quietHours;
    this.sms = sms;
    this.texts = texts;
    this.clock = clock;
    this.enabled = properties.schedule().followUpSms() && seal.available();
  }

  /** Calls per transaction: a quarter of a transaction's limit, as the delivery log's. */
  static final int TOGETHER = 25;

  /** A call emailed, and when its links were issued. */
  public record Issued(CallNotice call, Instant at) {}

  /**
   * Email calls whose links were issued: each is texted at half its window unless answered first.
   * {@link #TOGETHER} follow-ups to a transaction, each on its own condition (one alone: one
   * write). Of two calls with one follow-up (a charter's captains) the later one is kept, as
   * writing both in order would. A transaction refused (a call answered already, a follow-up
   * written before: a redelivery) or contended writes its follow-ups one by one, where each
   * condition decides alone.
   */
  public void scheduleAll(List<Issued> calls) {
    Map<String, ScheduleStore.FollowUp> latest = new LinkedHashMap<>();
    for (Issued issued : calls) {
      followUp(issued.call(), issued.at())
          .ifPresent(
              f ->
                  latest.merge(
                      f.item().id(),
                      f,
                      (kept, next) ->
                          next.item().changedAt().isAfter(kept.item().changedAt()) ? next : kept));
    }
    List<ScheduleStore.FollowUp> followUps = List.copyOf(latest.values());
    for (int from = 0; from < followUps.size(); from += TOGETHER) {
      List<ScheduleStore.FollowUp> chunk =
          followUps.subList(from, Math.min(followUps.size(), from + TOGETHER));
      if (chunk.size() == 1 || !store.putAllUnlessAnswered(chunk)) {
        chunk.forEach(f -> store.putUnlessAnswered(f.item(), f.callId()));
      }
    }
  }

  private Optional<ScheduleStore.FollowUp> followUp(CallNotice call, Instant issuedAt) {
    if (!enabled || !call.recipient().hasPhone()) {
      return Optional.empty();
    }
    Duration window = Duration.between(issuedAt, call.respondBy());
    Instant due = quietHours.notBefore(issuedAt.plus(window.dividedBy(2)), call.charter().zone());
    if (!due.isBefore(call.respondBy())) {
      // the half-way point falls in quiet hours that last past the deadline
      return Optional.empty();
    }
    String id = id(call.charter().charterId(), call.recipient());
    return Optional.of(
        new ScheduleStore.FollowUp(
            new Scheduled(id, KIND, due, issuedAt, data(call, id)), call.callId()));
  }

  /**
   * The callee answered {@code callId} through its link (auth-events): its text is not needed. The
   * answer may arrive before the call itself (another topic), so it is kept with the item and a
   * later scheduling of that call is refused, in the same conditional writes. With follow-ups off
   * nothing is scheduled, so there is nothing to write.
   */
  public void answered(String charterId, String crewId, Role role, String callId, Instant at) {
    if (enabled) {
      store.answered(id(charterId, role == Role.CAPTAIN ? null : crewId), callId, at);
    }
  }

  /** The call was withdrawn or superseded, or dispatch confirmed it: its text is not needed. */
  public void cancel(String charterId, String crewId, Role role, Instant changedAt) {
    if (enabled) {
      store.cancel(id(charterId, role == Role.CAPTAIN ? null : crewId), changedAt);
    }
  }

  /**
   * Captain call number {@code attempt} of the charter went out: the previous captain's call ended
   * (declined or timed out), so its text is not needed. The first call has no previous one (a first
   * call sent again is preceded by its CallWithdrawn, which cancels), so it costs no write.
   */
  public void captainCalled(String charterId, int attempt, Instant at) {
    if (attempt > 1) {
      cancel(charterId, null, Role.CAPTAIN, at);
    }
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void run(Scheduled item, Instant now) {
    if (!enabled) {
      // switched off since it was scheduled: answers no longer cancel, so none may go
      log.info("event=follow_up_skipped id={} reason=follow_ups_off", item.id());
      return;
    }
    Map<String, String> d = item.data();
    if (!clock.instant().isBefore(Instant.parse(d.get("respondBy")))) {
      log.info("event=follow_up_skipped id={} reason=deadline_passed", item.id());
      return;
    }
    CallNotice call = call(item.id(), d);
    sms.deliver(
        new TextNotice(
            d.get("eventId"),
            NoticeKind.CALL_FOLLOW_UP,
            call.charter().charterId(),
            "follow-up#" + d.get("callId")),
        call.recipient().phone(),
        texts.call(call, true));
  }

  private static String id(String charterId, Person person) {
    return id(charterId, person.role() == Role.CAPTAIN ? null : person.crewId());
  }

  private static String id(String charterId, String crewId) {
    return "follow-up#" + charterId + "#" + (crewId == null ? "CAPTAIN" : crewId);
  }

  private Map<String, String> data(CallNotice call, String id) {
    Map<String, String> d = new HashMap<>(Charters.data(call.charter()));
    d.put("eventId", call.eventId());
    d.put("callId", call.callId());
    d.put("crewId", call.recipient().crewId());
    d.put("name", call.recipient().name());
    d.put("email", call.recipient().email());
    d.put("phone", call.recipient().phone());
    d.put("role", call.recipient().role().name());
    d.put("respondBy", call.respondBy().toString());
    d.put("expiresAt", call.expiresAt().toString());
    d.put("acceptUrl", seal.seal(call.acceptUrl(), id));
    d.put("declineUrl", seal.seal(call.declineUrl(), id));
    return d;
  }

  private CallNotice call(String id, Map<String, String> d) {
    return new CallNotice(
        d.get("eventId"),
        d.get("callId"),
        new Person(
            d.get("crewId"),
            d.get("name"),
            d.get("email"),
            d.get("phone"),
            Role.valueOf(d.get("role"))),
        Charters.charter(d),
        seal.open(d.get("acceptUrl"), id),
        seal.open(d.get("declineUrl"), id),
        Instant.parse(d.get("respondBy")),
        Instant.parse(d.get("expiresAt")));
  }

  /** A charter in and out of an item's data. */
  public static final class Charters {

    private Charters() {}

    public static Map<String, String> data(Charter c) {
      Map<String, String> d = new HashMap<>();
      d.put("charterId", c.charterId());
      d.put("vessel", c.vessel());
      d.put("sailDate", c.sailDate().toString());
      d.put("departure", c.departure().toString());
      d.put("returnTime", c.returnTime().toString());
      d.put("zone", c.zone().getId());
      d.put("guests", Integer.toString(c.guests()));
      return d;
    }

    public static Charter charter(Map<String, String> d) {
      return new Charter(
          d.get("charterId"),
          d.get("vessel"),
          LocalDate.parse(d.get("sailDate")),
          LocalTime.parse(d.get("departure")),
          LocalTime.parse(d.get("returnTime")),
          ZoneId.of(d.get("zone")),
          Integer.parseInt(d.get("guests")));
    }
  }
}
