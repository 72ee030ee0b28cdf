package io.crewdispatch.notification;

import static io.crewdispatch.notification.NotificationDeliveryIT.WAIT;
import static io.crewdispatch.notification.support.TwilioServer.localNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.Callee;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.Channel;
import io.crewdispatch.events.Rank;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.digest.application.DeadLetterDigest;
import io.crewdispatch.notification.schedule.application.RunDueItems;
import io.crewdispatch.notification.support.MailServer;
import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.notification.support.SmtpTestSettings;
import io.crewdispatch.notification.support.TestProperties;
import io.crewdispatch.platform.dynamodb.TableNames;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.OneFetch;
import io.crewdispatch.testsupport.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What one notice costs in DynamoDB calls, counted with the platform's operation log (one line per
 * call), so that a call added to the path fails here whatever the machine's speed. The pollers are
 * stopped while a notice is counted (they are counted per tick, below); a record's calls are all
 * made once its consumer group has committed past it.
 */
@NotificationIT
class DynamoDbCallsIT {

  static final String LOG_WRITE = "UpdateItem notification-log";
  static final String SCHEDULE_WRITE = "UpdateItem notification-schedule";

  /** auth-links' two readers here: the calls, and their follow-ups (batched). */
  static final String CALLS = "notification-auth-links";

  static final String FOLLOW_UPS = "notification-call-follow-ups";

  /**
   * The background jobs that call DynamoDB on their own: the scheduler running this service's two
   * timers (paused, it runs no tick until started again), and the platform's integration watch.
   */
  static final List<String> POLLERS = List.of("taskScheduler", "integrationWatch");

  @Autowired ApplicationContext context;
  @Autowired RunDueItems runDueItems;
  @Autowired DeadLetterDigest digest;
  @Autowired KafkaListenerEndpointRegistry listeners;
  @Autowired DynamoDbClient dynamoDb;
  @Autowired TableNames names;

  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @BeforeEach
  void stopPollers() throws InterruptedException {
    for (String name : POLLERS) {
      // Waits for a tick under way to end, so that none of its calls is counted below.
      CountDownLatch stopped = new CountDownLatch(1);
      context.getBean(name, SmartLifecycle.class).stop(stopped::countDown);
      assertThat(stopped.await(30, TimeUnit.SECONDS)).as(name + " stopped").isTrue();
    }
  }

  @AfterEach
  void startPollers() {
    POLLERS.forEach(name -> context.getBean(name, Lifecycle.class).start());
  }

  @Test
  void aCallEmailToAMemberWithoutAPhoneCostsTheClaimAndTheRecord() {
    AcceptLinkIssued call = call(Rank.CREW, Channel.EMAIL, null);

    assertThat(callsFor(Topic.AUTH_LINKS, call.getCharterId(), call))
        .as("claim SENDING, record SENT")
        .containsExactly(LOG_WRITE, LOG_WRITE);
    Announcements.sent(probe, call.getEventId(), io.crewdispatch.events.Channel.EMAIL);
  }

  @Test
  void anEmailCallToAMemberWithAPhoneAlsoSchedulesItsFollowUpTextWhichTheAnswerCancels() {
    AcceptLinkIssued call = call(Rank.CREW, Channel.EMAIL, "619 " + localNumber());

    SoftAssertions.assertSoftly(
        soft -> {
          soft.assertThat(callsFor(Topic.AUTH_LINKS, call.getCharterId(), call))
              .as("the email's claim and record, the follow-up (its own reader's)")
              .containsExactlyInAnyOrder(LOG_WRITE, LOG_WRITE, SCHEDULE_WRITE);
          soft.assertThat(callsFor(Topic.AUTH_EVENTS, call.getCharterId(), accepted(call)))
              .as("the answer cancels the follow-up waiting for it")
              .containsExactly(SCHEDULE_WRITE);
        });
  }

  @Test
  void aCallToABothMemberCostsTheClaimAndTheRecordPerChannel() {
    AcceptLinkIssued call = call(Rank.CREW, Channel.BOTH, "619 " + localNumber());

    assertThat(callsFor(Topic.AUTH_LINKS, call.getCharterId(), call))
        .as("email and text: a claim and a record each")
        .containsExactly(LOG_WRITE, LOG_WRITE, LOG_WRITE, LOG_WRITE);
  }

  /**
   * A booking's first captain call: nothing to cancel on CaptainCalled (no earlier captain call has
   * a follow-up), and the answer of a captain without a phone leaves one tombstone.
   */
  @Test
  void aFirstCaptainCallWithoutAPhoneFromCallToAnswer() {
    AcceptLinkIssued call = call(Rank.CAPTAIN, Channel.EMAIL, null);
    CaptainCalled called =
        CaptainCalled.newBuilder(Samples.captainCalled(call.getCharterId()))
            .setCallId(call.getCallId())
            .setCallee(call.getRecipient())
            .setOccurredAt(call.getOccurredAt().minusMillis(5))
            .setAttempt(1)
            .build();

    SoftAssertions.assertSoftly(
        soft -> {
          soft.assertThat(callsFor(Topic.DISPATCH_EVENTS, call.getCharterId(), called))
              .as("CaptainCalled, attempt 1")
              .isEmpty();
          soft.assertThat(callsFor(Topic.AUTH_LINKS, call.getCharterId(), call))
              .as("the email's claim and record")
              .containsExactly(LOG_WRITE, LOG_WRITE);
          soft.assertThat(callsFor(Topic.AUTH_EVENTS, call.getCharterId(), accepted(call)))
              .as("the answer remembered, for a call handled after it")
              .containsExactly(SCHEDULE_WRITE);
        });
  }

  /**
   * Calls a backlog put in one fetch: claimed in one transaction and recorded sent in another (a
   * transaction logs as one line of its items' action), not a claim and a record each (40 lines);
   * every email goes once and is announced. One key, so one consumer's fetch holds them all (the
   * first may still come alone: two more lines).
   */
  @Test
  void callsFoundInOneFetchAreClaimedAndRecordedTogether() {
    List<AcceptLinkIssued> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(call(Rank.CAPTAIN, Channel.EMAIL, null));
    }
    String key = calls.get(0).getCharterId();
    awaitQuiet();
    int before = lines().size();

    publishHeld(CALLS, key, calls);
    awaitQuiet();
    List<String> made = lines().subList(before, lines().size());
    System.out.printf("DynamoDB calls for 20 calls in one fetch: %s%n", made);

    assertThat(made)
        .as("a claim and a record for the fetch, not 20 of each")
        .containsOnly(LOG_WRITE)
        .hasSizeBetween(2, 4);
    assertEachEmailedOnce(calls);
  }

  /**
   * A call sent before, delivered again among new ones in one fetch: the transaction claiming them
   * together is refused (that one was claimed before), so each goes alone, and it is only announced
   * again.
   */
  @Test
  void aCallDeliveredAgainAmongNewOnesInOneFetchIsNotSentAgain() {
    AcceptLinkIssued first = call(Rank.CAPTAIN, Channel.EMAIL, null);
    probe.publish(Topic.AUTH_LINKS, first.getCharterId(), first);
    Announcements.sent(probe, first.getEventId(), Channel.EMAIL);
    List<AcceptLinkIssued> calls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      calls.add(call(Rank.CAPTAIN, Channel.EMAIL, null));
    }
    // Not first: the first record of a fetch may still come alone.
    calls.add(2, first);

    publishHeld(CALLS, first.getCharterId(), calls);

    assertEachEmailedOnce(calls);
  }

  /**
   * The follow-ups of calls found in one fetch of their reader: one transaction (logged as one line
   * of its items' action), not a write each, and every one stored.
   */
  @Test
  void followUpsFoundInOneFetchAreWrittenInOneTransaction() {
    List<AcceptLinkIssued> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(call(Rank.CREW, Channel.EMAIL, "619 " + localNumber()));
    }
    awaitQuiet();
    int before = lines().size();

    publishHeld(FOLLOW_UPS, calls.get(0).getCharterId(), calls);
    awaitFollowUps(calls);
    awaitQuiet();
    List<String> made = lines().subList(before, lines().size());
    System.out.printf("DynamoDB calls for 6 follow-ups in one fetch: %s%n", made);

    assertThat(made).as("follow-up writes").filteredOn(SCHEDULE_WRITE::equals).hasSize(1);
  }

  /**
   * A call answered before its follow-up is written, among others in one fetch: the transaction is
   * refused (that follow-up's condition), so each is written alone; the answered call's follow-up
   * is refused, the others are stored. The answered call is a charter's second captain call: the
   * first one's follow-up still waits (older than both), so only the answer remembered with it can
   * refuse the second's (auth-events and auth-links are separate topics).
   */
  @Test
  void aCallAnsweredBeforeItsFollowUpLeavesTheOthersOfTheFetchWritten() {
    AcceptLinkIssued first = call(Rank.CAPTAIN, Channel.EMAIL, "619 " + localNumber());
    callsFor(Topic.AUTH_LINKS, first.getCharterId(), first);
    AcceptLinkIssued answered =
        AcceptLinkIssued.newBuilder(call(Rank.CAPTAIN, Channel.EMAIL, "619 " + localNumber()))
            .setCharterId(first.getCharterId())
            .build();
    callsFor(Topic.AUTH_EVENTS, answered.getCharterId(), accepted(answered));
    List<AcceptLinkIssued> calls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      calls.add(call(Rank.CREW, Channel.EMAIL, "619 " + localNumber()));
    }
    List<AcceptLinkIssued> others = List.copyOf(calls);
    calls.add(1, answered);

    publishHeld(FOLLOW_UPS, calls.get(0).getCharterId(), calls);
    awaitFollowUps(others);
    awaitQuiet();

    Map<String, String> expected = new HashMap<>();
    others.forEach(c -> expected.put(followUpId(c), c.getCallId()));
    expected.put(followUpId(first), first.getCallId());
    assertThat(waitingFor(followUpIds(calls))).isEqualTo(expected);
  }

  /**
   * Publishes the calls while {@code group}'s consumers are held, all on one key (one partition, so
   * one consumer finds them in one fetch), and waits until each was announced (so each was handled:
   * a partition's records are handled in order).
   */
  private void publishHeld(String group, String key, List<AcceptLinkIssued> calls) {
    OneFetch.publish(
        listeners,
        group,
        () ->
            probe.publishAll(
                Topic.AUTH_LINKS,
                calls.stream().map(c -> Map.<String, SpecificRecord>entry(key, c)).toList()));
    calls.forEach(c -> Announcements.sent(probe, c.getEventId(), Channel.EMAIL));
  }

  private void awaitFollowUps(List<AcceptLinkIssued> calls) {
    org.awaitility.Awaitility.await("the calls' follow-ups pending")
        .atMost(WAIT)
        .until(() -> waitingFor(followUpIds(calls)).keySet().containsAll(followUpIds(calls)));
  }

  /** Of these follow-ups, those stored and waiting to be sent, and the call each waits on. */
  private Map<String, String> waitingFor(List<String> ids) {
    String table = names.physical("notification-schedule");
    Map<String, String> waiting = new HashMap<>();
    for (String id : ids) {
      Map<String, AttributeValue> item =
          dynamoDb
              .getItem(
                  r ->
                      r.tableName(table)
                          .key(Map.of("id", AttributeValue.fromS(id)))
                          .consistentRead(true))
              .item();
      if (item.containsKey("status") && "PENDING".equals(item.get("status").s())) {
        waiting.put(id, item.get("data").m().get("callId").s());
      }
    }
    return waiting;
  }

  private static List<String> followUpIds(List<AcceptLinkIssued> calls) {
    return calls.stream().map(DynamoDbCallsIT::followUpId).distinct().toList();
  }

  private static String followUpId(AcceptLinkIssued call) {
    String who = call.getRole() == Rank.CAPTAIN ? "CAPTAIN" : call.getRecipient().getCrewId();
    return "follow-up#" + call.getCharterId() + "#" + who;
  }

  private static void assertEachEmailedOnce(List<AcceptLinkIssued> calls) {
    assertThat(calls)
        .allSatisfy(c -> assertThat(MailServer.inbox(c.getRecipient().getEmail())).hasSize(1));
  }

  /**
   * Idle: what each background check costs when nothing is due, times its checks per minute at the
   * production defaults (printed). The platform's check of DynamoDB describes one of this service's
   * tables a check, in turn, once all were seen ACTIVE.
   */
  @Test
  void idleChecksCostOneCallEachWhenNothingIsDue() {
    NotificationProperties defaults = TestProperties.defaults();
    awaitQuiet();

    List<String> schedule = callsDuring(runDueItems::runDue);
    List<String> digestCheck = callsDuring(digest::sendIfDue);
    HealthIndicator dynamoDbCheck =
        context.getBean("dynamoDbHealthIndicator", HealthIndicator.class);
    List<String> firstCheck = callsDuring(dynamoDbCheck::health);
    List<String> platformCheck = callsDuring(dynamoDbCheck::health);

    assertThat(schedule)
        .as("schedule check, nothing due")
        .containsExactly("Query notification-schedule");
    assertThat(digestCheck)
        .as("digest check, nothing pending")
        .containsExactly("GetItem notification-log");
    // once every table was seen ACTIVE (by the watch, or by the first check here: all tables),
    // one table a check, in turn
    assertThat(firstCheck).hasSizeBetween(1, 2);
    assertThat(platformCheck)
        .as("platform's DynamoDB check (integrator's)")
        .singleElement()
        .satisfies(call -> assertThat(call).startsWith("DescribeTable notification-"));
    System.out.printf(
        "idle DynamoDB calls per minute: schedule %d, digest %d, platform %d%n",
        schedule.size() * perMinute(defaults.schedule().checkInterval()),
        digestCheck.size() * perMinute(defaults.digest().checkInterval()),
        platformCheck.size() * perMinute(Duration.ofSeconds(5)));
  }

  private static long perMinute(Duration interval) {
    return Duration.ofMinutes(1).toMillis() / interval.toMillis();
  }

  /** The calls made while the service handles {@code event}, in the order made. */
  private List<String> callsFor(Topic topic, String key, SpecificRecord event) {
    awaitQuiet();
    int before = lines().size();
    probe.publish(topic, key, event);
    probe.awaitCommittedPast(
        topic, key, topic == Topic.AUTH_LINKS ? List.of(CALLS, FOLLOW_UPS) : List.of());
    List<String> all = lines();
    List<String> calls = new ArrayList<>(all.subList(before, all.size()));
    System.out.printf("DynamoDB calls for %s: %s%n", event.getClass().getSimpleName(), calls);
    return calls;
  }

  private List<String> callsDuring(Runnable work) {
    int before = lines().size();
    work.run();
    List<String> all = lines();
    return new ArrayList<>(all.subList(before, all.size()));
  }

  /** Work left by earlier tests (a retry, a lease running out) finishes before counting. */
  private void awaitQuiet() {
    org.awaitility.Awaitility.await("no DynamoDB call for a second")
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(200))
        .until(new QuietFor(Duration.ofSeconds(1))::quiet);
  }

  private final class QuietFor {
    private final Duration span;
    private int size = -1;
    private Instant since = Instant.now();

    QuietFor(Duration span) {
      this.span = span;
    }

    boolean quiet() {
      int now = lines().size();
      if (now != size) {
        size = now;
        since = Instant.now();
      }
      return Duration.between(since, Instant.now()).compareTo(span) >= 0;
    }
  }

  private static List<String> lines() {
    try (Stream<Path> files = Files.list(SmtpTestSettings.operationLog())) {
      List<String> lines = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        lines.addAll(Files.readAllLines(file));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TokenAccepted accepted(AcceptLinkIssued call) {
    return TokenAccepted.newBuilder(Samples.tokenAccepted(call.getCharterId()))
        .setOccurredAt(Instant.now())
        .setCallId(call.getCallId())
        .setCrewId(call.getRecipient().getCrewId())
        .setRole(call.getRole())
        .build();
  }

  private static AcceptLinkIssued call(Rank role, Channel channel, String phone) {
    String charterId = "CH-" + UUID.randomUUID();
    String crewId = "member-" + UUID.randomUUID();
    Instant now = Instant.now();
    Callee base = role == Rank.CAPTAIN ? Samples.captain(crewId) : Samples.crew(crewId);
    Callee callee = Callee.newBuilder(base).setPhone(phone).setChannel(channel).build();
    return AcceptLinkIssued.newBuilder(Samples.acceptLinkIssued(charterId))
        .setEventId(Samples.eventId())
        .setOccurredAt(now)
        .setRole(role)
        .setRecipient(callee)
        .setAcceptUrl("http://localhost:8081/crew/accept?token=" + UUID.randomUUID())
        .setDeclineUrl("http://localhost:8081/crew/decline?token=" + UUID.randomUUID())
        .setRespondBy(now.plus(Duration.ofHours(2)))
        .setExpiresAt(now.plus(Duration.ofHours(2)).plusSeconds(600))
        .build();
  }
}
