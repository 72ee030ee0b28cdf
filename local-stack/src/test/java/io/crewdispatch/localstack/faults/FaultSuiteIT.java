package io.crewdispatch.localstack.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.localstack.LocalStack;
import io.crewdispatch.localstack.PersonalDataInLogs;
import io.crewdispatch.localstack.SharedClassData;
import io.crewdispatch.localstack.StackConfig;
import io.crewdispatch.localstack.StackCredentials;
import io.crewdispatch.localstack.drive.ClientCredentials;
import io.crewdispatch.localstack.drive.CrewBrowser;
import io.crewdispatch.localstack.drive.Http;
import io.crewdispatch.localstack.drive.Inbox;
import io.crewdispatch.localstack.faults.EventLog.DeadLetter;
import io.crewdispatch.localstack.faults.MailLog.DigestLine;
import io.crewdispatch.testsupport.Infrastructure;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * DESIGN.md flow 12 proven on the whole stack as ./run-local runs it (five service JVMs, a KRaft
 * broker, DynamoDB Local keeping its tables in a file, GreenMail): one stack, started once, takes
 * each fault in turn while charters are booked and accepted through the crew pages. After each
 * fault every charter must reach what a charter no fault touched reaches (STAFFED with the seed
 * roster's first captain and his paired crew), no mail may go twice, every charter must have all
 * the events an untouched charter has, and only poison may be dead-lettered, each record reported
 * once on ops-events and once in the office's digest. The table goes to stdout and to
 * target/fault-suite.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  static final String OFFICE = "office@example.com";
  static final String MORGAN = "morgan-tide@example.com";
  static final String SAM = "sam-rigging@example.com";

  /**
   * DynamoDB's stop. With its restart it must stay well inside notification's claim lease (below):
   * a mail sent as the tables go away is recorded sent by retries that last one lease; an outage
   * longer than that is the documented window in which the mail goes out twice.
   */
  static final Duration OUTAGE = Duration.ofSeconds(20);

  static final Duration BROKER_DOWN = Duration.ofSeconds(15);
  static final Duration SETTLE = Duration.ofMinutes(3);

  static final Set<String> BACKEND_SERVICES =
      Set.of(
          "auth-service",
          "dispatch-service",
          "notification-service",
          "roster-service",
          "reporting-service");

  /** A charter booked by the suite: each on its own day, so one captain can take them all. */
  record Charter(String charterId, String vessel, LocalDate sailDate) {}

  /** One fault's charters and where its window starts (in mail, on ops-events). */
  record Fault(
      String name,
      List<Charter> charters,
      int firstDelivery,
      Set<String> deadLettersBefore,
      long startedAtNanos) {}

  /**
   * notification-service's README states one window in which a killed sender sends again (same
   * Message-ID): from the SMTP server's accept to the SENT record, one DynamoDB write. A copy whose
   * first was accepted less than this before the SIGKILL (or after it was sent, before it landed)
   * is in that window (a write under this suite's load, the 250 reply's way back, the kill's own
   * delivery) and counted apart; any other copy fails the fault. The CI run of 30 Nov 21:05 (before
   * the record moved ahead of the publish) found one such copy.
   */
  static final Duration KILL_WINDOW = Duration.ofSeconds(1);

  /** When each fault killed its sender, by fault name ({@code System.nanoTime}). */
  final Map<String, Long> senderKilledAt = new java.util.concurrent.ConcurrentHashMap<>();

  LocalStack stack;
  Inbox inbox;
  MailLog mail;
  EventLog events;
  final Http http = new Http();
  final CrewBrowser browser = new CrewBrowser();
  final FaultTable table = new FaultTable();
  final List<Fault> faults = new ArrayList<>();
  // From the 3rd: a charter on the 1st is 'tomorrow' on a month's last day, and its day-before
  // reminder (sent at once after 09:00) made one reference charter's history unlike the other's.
  final AtomicInteger nextDay = new AtomicInteger(3);
  final YearMonth month = YearMonth.now(ZONE).plusMonths(1);
  Map<String, Integer> untouchedHistory;

  @BeforeAll
  void startTheWholeSystem() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Path var = Path.of("target", "fault-var").toAbsolutePath();
    deleteRecursively(var);
    Map<String, Integer> ports = new LinkedHashMap<>();
    StackConfig.DEFAULT_SERVICE_PORTS
        .keySet()
        .forEach(s -> ports.put(s, Infrastructure.freePort()));
    Map<String, Integer> management = new LinkedHashMap<>();
    ports.keySet().forEach(s -> management.put(s, Infrastructure.freePort()));
    Map<String, String> env = new LinkedHashMap<>();
    env.put("DISPATCH_QUIET_HOURS_ENABLED", "false");
    // No call may time out during a fault: the outcome must be the untouched one.
    env.put("DISPATCH_CAPTAIN_TIMEOUT", "30m");
    env.put("DISPATCH_CREW_TIMEOUT", "30m");
    env.put("DISPATCH_MINIMUM_WINDOW", "5s");
    env.put("OFFICE_EMAIL", OFFICE);
    env.put("ROSTER_SEED_IF_MISSING", "true");
    // The digest's 15-minute gap and 3-minute claim lease, shortened so the suite need not wait.
    env.put("DEAD_LETTER_DIGEST_GAP", "5s");
    env.put("DEAD_LETTER_DIGEST_CHECK_INTERVAL", "2s");
    env.put("DELIVERY_RETRY_INTERVAL", "2s");
    // Above the DynamoDB stop and its restart with room to spare (OUTAGE): 30 s, as until 2 Dec,
    // let a confirmation sent as the tables went away time out its recording and go out twice.
    env.put("DELIVERY_CLAIM_LEASE", "40s");
    // An outage is announced after 30 s by default; the 20-s DynamoDB stop must be announced by
    // every service. A check ends at most interval + probe bound (2 + 2 s) after the last, so the
    // first failing one ends by the stop + 4 s and DOWN is said by the stop + 4 + 6 + 4 = 14 s.
    // With 10 s, and probes that retried for 2–3 s, two services missed it in CI (4 Dec).
    env.put("CREWDISPATCH_PLATFORM_OPS_OUTAGETHRESHOLD", "6s");
    env.put("CREWDISPATCH_PLATFORM_OPS_CHECKINTERVAL", "2s");
    StackConfig config =
        new StackConfig(
            root,
            var,
            Infrastructure.freePort(),
            Infrastructure.freePort(),
            Infrastructure.freePort(),
            Infrastructure.freePort(),
            ports,
            env,
            SharedClassData.JVM_OPTIONS,
            management);
    stack = new LocalStack(config.withClassDataArchivedAtExit(SharedClassData.DIR));
    try {
      stack.start();
    } catch (Exception e) {
      stack.close();
      throw e;
    }
    mail = new MailLog(stack);
    inbox = new Inbox(stack);
    events = new EventLog(config.kafkaBootstrapServers());
    StackCredentials credentials = stack.credentials();
    http.authorizeWith(
        new ClientCredentials(
            config.serviceUrl("auth-service"),
            StackCredentials.DEMO_BOOKING,
            credentials.demoBookingSecret(),
            null));
  }

  @AfterAll
  void stop() {
    if (events != null) {
      events.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  @Order(1)
  void withoutAFaultEveryCharterIsStaffed() throws Exception {
    Fault fault = begin("none (reference)");
    List<Charter> charters = List.of(book(fault, "Reference"), book(fault, "Reference"));
    charters.forEach(this::staff);
    awaitStaffed(fault);
    untouchedHistory = referenceHistory(charters);
    finish(fault, Set.of());
  }

  @Test
  @Order(2)
  void dynamoDbStoppedForTwentySecondsLosesNothing() throws Exception {
    Fault fault = begin("DynamoDB Local stopped 20 s");
    Charter a = book(fault, "Dynamo");
    Charter b = book(fault, "Dynamo");
    String acceptA = captainCall(a);
    String acceptB = captainCall(b);
    press(acceptA);
    press(acceptB);
    stack.stopDynamoDb();
    long stoppedAt = System.nanoTime();
    // Bookings keep coming while the tables are away: a booking system publishing onto
    // charter-events, so every consumer of it meets the outage.
    Charter c = publishBooking(fault, "Dynamo");
    Charter d = publishBooking(fault, "Dynamo");
    // The fault itself lasts 20 s; nothing is awaited here, the stack is left without its tables.
    Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - stoppedAt) / 1_000_000));
    Instant stopped = Instant.now().minusMillis((System.nanoTime() - stoppedAt) / 1_000_000);
    stack.startDynamoDb();
    List.of(a, b, c, d).forEach(this::staff);
    finish(fault, Set.of());
    assertOutageAnnounced("DYNAMODB", stopped, BACKEND_SERVICES);
  }

  @Test
  @Order(3)
  void brokerStoppedMidCascadeLosesNothing() throws Exception {
    Fault fault = begin("Kafka broker stopped 15 s and restarted");
    List<Charter> charters =
        List.of(book(fault, "Broker"), book(fault, "Broker"), book(fault, "Broker"));
    List<String> accepts = charters.stream().map(this::captainCall).toList();
    accepts.forEach(this::press);
    Instant stopped = Instant.now();
    stack.stopKafka();
    Thread.sleep(BROKER_DOWN.toMillis()); // the fault: the broker is away this long
    stack.startKafka();
    charters.forEach(this::staff);
    finish(fault, Set.of());
    // Said while the broker was away, so published once it is back (the producer holds it): at
    // least one service must have announced it; which ones depends on who checked in the window.
    assertOutageAnnounced("KAFKA", stopped, Set.of());
  }

  @Test
  @Order(4)
  void dispatchKilledMidCascadeLosesNothing() throws Exception {
    Fault fault = begin("dispatch-service SIGKILL and restart");
    List<Charter> charters =
        List.of(
            book(fault, "KillDispatch"), book(fault, "KillDispatch"), book(fault, "KillDispatch"));
    List<String> accepts = charters.stream().map(this::captainCall).toList();
    accepts.forEach(this::press); // TokenAccepted on its way to dispatch as it dies
    stack.killService("dispatch-service");
    stack.restartService("dispatch-service");
    charters.forEach(this::staff);
    finish(fault, Set.of());
  }

  @Test
  @Order(5)
  void notificationKilledMidSendingAndRedeliveredSendsNothingTwice() throws Exception {
    Fault fault = begin("notification-service SIGKILL, restart, call links redelivered");
    List<Charter> charters =
        List.of(book(fault, "KillNotify"), book(fault, "KillNotify"), book(fault, "KillNotify"));
    List<String> accepts = charters.stream().map(this::captainCall).toList();
    accepts.forEach(this::press);
    // The first crew call is out: the others are being sent as the service dies.
    inbox.await(SAM, "Crew needed: " + charters.get(0).vessel() + ",", SETTLE);
    senderKilledAt.put(fault.name(), System.nanoTime());
    stack.killService("notification-service");
    stack.restartService("notification-service");
    // And every call link of these charters delivered once more, as after a producer's lost ack.
    int copies =
        events.redeliver(
            Topic.AUTH_LINKS.topicName(), charters.stream().map(Charter::charterId).toList());
    assertThat(copies).as("call links redelivered").isGreaterThanOrEqualTo(charters.size());
    charters.forEach(this::staff);
    finish(fault, Set.of());
  }

  @Test
  @Order(6)
  void aPoisonRecordOnEachConsumedTopicIsDeadLetteredAndReportedOnce() throws Exception {
    Fault fault = begin("poison record on each consumed topic");
    Map<String, Set<String>> consumers = events.consumersByTopic(stack.config().services());
    Set<String> expected = new HashSet<>();
    for (Map.Entry<String, Set<String>> topic : consumers.entrySet()) {
      RecordMetadata at = events.poison(topic.getKey(), "poison-" + topic.getKey());
      topic
          .getValue()
          .forEach(
              service ->
                  expected.add(
                      service + "|" + at.topic() + "|" + at.partition() + "|" + at.offset()));
    }
    table.note(
        "poison went to "
            + consumers.size()
            + " consumed topics; the consumers the broker reported: "
            + consumers);
    // Nothing behind the poison waits: new charters are staffed as usual.
    List<Charter> charters = List.of(book(fault, "AfterPoison"), book(fault, "AfterPoison"));
    charters.forEach(this::staff);
    finish(fault, expected);
  }

  @Test
  @Order(100)
  void theTable() throws Exception {
    // Late duplicates (a redelivery after a lease ran out) are counted into their fault's row.
    for (FaultTable.Row row : table.rows()) {
      faults.stream()
          .filter(f -> f.name().equals(row.fault()))
          .findFirst()
          .ifPresent(f -> table.add(withDuplicates(row, f)));
    }
    for (Fault f : faults) {
      Long killedAt = senderKilledAt.get(f.name());
      List<MailLog.Delivery> outside = outsideKillWindow(f);
      duplicates(f).stream()
          .filter(d -> !outside.contains(d))
          .forEach(
              d ->
                  table.note(
                      f.name()
                          + ": \""
                          + d.subject()
                          + "\" sent again with its Message-ID, the first copy accepted "
                          + mail.firstCopy(d)
                              .map(first -> fromKill(killedAt, first.acceptedAtNanos()))
                              .orElseThrow()
                          + " the SIGKILL (the stated window)"));
    }
    String markdown = table.markdown();
    System.out.println("\nFault suite (" + Instant.now() + ")\n" + markdown);
    table.write(Path.of("target", "fault-suite.md"));
    assertThat(table.rows()).allSatisfy(r -> assertThat(r.duplicates()).as(r.fault()).isZero());
  }

  /**
   * Through every fault (a dead-lettered mail, DynamoDB and the broker down, SIGKILLs): no log line
   * names a person, though failures quote what failed (DESIGN.md, PersonalDataInLogs).
   */
  @Test
  @Order(101)
  void noServiceLogNamesAPersonThroughTheFaults() throws Exception {
    assertThat(
            PersonalDataInLogs.find(
                stack.config().rosterWorkbook(), stack.config().logDir(), OFFICE))
        .as("log lines with personal data")
        .isEmpty();
  }

  // --- one fault's bookkeeping ---

  private Fault begin(String name) {
    Set<String> before = new HashSet<>();
    events.deadLetters().forEach(d -> before.add(d.eventId()));
    Fault fault = new Fault(name, new ArrayList<>(), mail.size(), before, System.nanoTime());
    faults.add(fault);
    return fault;
  }

  /**
   * Waits for what the fault must not change, records the row whatever happened, then asserts it.
   *
   * @param poison the dead letters the fault must produce: service|topic|partition|offset
   */
  private void finish(Fault fault, Set<String> poison) throws InterruptedException {
    int staffed = awaitStaffed(fault);
    int[] lostAndExtra = awaitHistories(fault);
    List<DeadLetter> deadLetters = awaitDeadLetters(fault, poison);
    Map<String, Integer> alerts = awaitDigest(deadLetters);
    int lines = alerts.values().stream().mapToInt(Integer::intValue).sum();
    FaultTable.Row row =
        new FaultTable.Row(
            fault.name(),
            fault.charters().size(),
            staffed,
            outsideKillWindow(fault).size(),
            duplicates(fault).size() - outsideKillWindow(fault).size(),
            lostAndExtra[0],
            deadLetters.size(),
            lines,
            (System.nanoTime() - fault.startedAtNanos()) / 1_000_000_000);
    table.add(row);

    assertThat(staffed).as("charters staffed as without the fault").isEqualTo(row.charters());
    assertThat(lostAndExtra[0]).as("events lost").isZero();
    assertThat(lostAndExtra[1]).as("events beyond an untouched charter's").isZero();
    assertThat(outsideKillWindow(fault))
        .as("mail sent twice (sender killed at nanoTime %s)", senderKilledAt.get(fault.name()))
        .isEmpty();
    assertThat(
            deadLetters.stream()
                .map(d -> d.service() + "|" + d.topic() + "|" + d.partition() + "|" + d.offset())
                .toList())
        .as("dead letters: exactly one per poison record and consumer, and nothing else")
        .containsExactlyInAnyOrderElementsOf(poison);
    assertThat(alerts)
        .as("digest lines per dead letter")
        .allSatisfy((letter, count) -> assertThat(count).as(letter).isEqualTo(1));
  }

  /**
   * Flow 12: an outage beyond the threshold is announced (DOWN, since the fault began) and its end
   * too (UP, later), by each of {@code services} and by at least one service in any case.
   */
  private void assertOutageAnnounced(String integration, Instant faultStart, Set<String> services) {
    Instant from = faultStart.minusSeconds(5);
    Map<String, List<String>> seen = new TreeMap<>();
    try {
      await(integration + " DOWN and UP announced on ops-events")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(2))
          .until(
              () -> {
                seen.clear();
                for (EventLog.StateChange c : events.integrationStates()) {
                  if (c.integration().equals(integration) && !c.since().isBefore(from)) {
                    seen.computeIfAbsent(c.service(), k -> new ArrayList<>()).add(c.state());
                  }
                }
                return !announcedBoth(seen).isEmpty() && announcedBoth(seen).containsAll(services);
              });
    } catch (ConditionTimeoutException notAll) {
      // asserted below with what was seen
    }
    table.note(integration + " outage announced on ops-events (service: states): " + seen);
    assertThat(announcedBoth(seen)).as(integration + " DOWN then UP, per service").isNotEmpty();
    assertThat(announcedBoth(seen)).containsAll(services);
  }

  private static Set<String> announcedBoth(Map<String, List<String>> seen) {
    Set<String> both = new TreeSet<>();
    seen.forEach(
        (service, states) -> {
          if (states.contains("DOWN") && states.contains("UP")) {
            both.add(service);
          }
        });
    return both;
  }

  /** Staffed as a charter no fault touched is: the first captain and his paired crew. */
  private int awaitStaffed(Fault fault) {
    try {
      await("every charter of " + fault.name() + " STAFFED")
          .atMost(SETTLE)
          .pollInterval(Duration.ofSeconds(1))
          .ignoreExceptions()
          .until(() -> staffedCount(fault) == fault.charters().size());
    } catch (ConditionTimeoutException stuck) {
      // recorded in the table and asserted by the caller
    }
    return staffedCount(fault);
  }

  private int staffedCount(Fault fault) {
    int staffed = 0;
    for (Charter c : fault.charters()) {
      try {
        JsonNode charter = charter(c.charterId());
        if ("STAFFED".equals(charter.path("status").asString())
            && "morgan-tide".equals(charter.path("captain").path("crewId").asString())
            && charter.path("crew").findValuesAsString("crewId").equals(List.of("sam-rigging"))) {
          staffed++;
        }
      } catch (RuntimeException notAnswering) {
        // counted as not staffed
      }
    }
    return staffed;
  }

  /** The events of an untouched charter, once all of them are on their topics. */
  private Map<String, Integer> referenceHistory(List<Charter> charters) {
    List<String> ids = charters.stream().map(Charter::charterId).toList();
    return await("the reference charters' events all published")
        .atMost(SETTLE)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              Map<String, Map<String, Integer>> histories = events.charterHistories(ids);
              Map<String, Integer> first = histories.get(ids.get(0));
              boolean alike = histories.values().stream().allMatch(first::equals);
              long mails =
                  mail.all().stream()
                      .filter(d -> d.subject().contains(charters.get(0).vessel() + ","))
                      .map(MailLog.Delivery::messageId)
                      .distinct()
                      .count();
              boolean announced =
                  first.getOrDefault("notification-events/NotificationSent", 0) == mails;
              return alike && announced && mails > 0 ? first : null;
            },
            h -> h != null);
  }

  /** [lost, extra]: events a charter lacks or has beyond an untouched charter's, all charters. */
  private int[] awaitHistories(Fault fault) {
    List<String> ids = fault.charters().stream().map(Charter::charterId).toList();
    int[] result = new int[2];
    try {
      await("every event of " + fault.name() + "'s charters on its topic")
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofSeconds(2))
          .ignoreExceptions()
          .until(
              () -> {
                int[] now = compare(events.charterHistories(ids));
                result[0] = now[0];
                result[1] = now[1];
                return now[0] == 0 && now[1] == 0;
              });
    } catch (ConditionTimeoutException differs) {
      System.out.println(
          "fault-suite: " + fault.name() + " histories " + events.charterHistories(ids));
    }
    return result;
  }

  private int[] compare(Map<String, Map<String, Integer>> histories) {
    int lost = 0;
    int extra = 0;
    for (Map<String, Integer> history : histories.values()) {
      Set<String> types = new HashSet<>(untouchedHistory.keySet());
      types.addAll(history.keySet());
      for (String type : types) {
        int diff = history.getOrDefault(type, 0) - untouchedHistory.getOrDefault(type, 0);
        lost += Math.max(0, -diff);
        extra += Math.max(0, diff);
      }
    }
    return new int[] {lost, extra};
  }

  /** The dead letters reported since the fault began (all expected ones, when there are any). */
  private List<DeadLetter> awaitDeadLetters(Fault fault, Set<String> poison) {
    if (!poison.isEmpty()) {
      try {
        await("every poison record dead-lettered by each of its consumers")
            .atMost(SETTLE)
            .pollInterval(Duration.ofSeconds(2))
            .until(() -> newDeadLetters(fault).size() >= poison.size());
      } catch (ConditionTimeoutException missing) {
        // the assertion names what is missing
      }
    }
    return newDeadLetters(fault);
  }

  private List<DeadLetter> newDeadLetters(Fault fault) {
    return events.deadLetters().stream()
        .filter(d -> !fault.deadLettersBefore().contains(d.eventId()))
        .toList();
  }

  /** How many digest lines name each dead letter (awaited until every one has a line). */
  private Map<String, Integer> awaitDigest(List<DeadLetter> deadLetters)
      throws InterruptedException {
    Map<String, Integer> counts = new TreeMap<>();
    if (deadLetters.isEmpty()) {
      return counts;
    }
    try {
      await("a digest line for every dead letter")
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> digestCounts(deadLetters).values().stream().allMatch(n -> n > 0));
      // A second digest repeating the lines would follow one gap (5 s) later: give it the chance.
      Thread.sleep(Duration.ofSeconds(8).toMillis());
    } catch (ConditionTimeoutException missing) {
      // the assertion names the lines missing
    }
    counts.putAll(digestCounts(deadLetters));
    return counts;
  }

  private Map<String, Integer> digestCounts(List<DeadLetter> deadLetters) {
    List<DigestLine> lines = mail.digestLines(OFFICE);
    Map<String, Integer> counts = new TreeMap<>();
    for (DeadLetter d : deadLetters) {
      DigestLine wanted = new DigestLine(d.service(), d.topic(), d.partition(), d.offset());
      counts.put(
          d.service() + "|" + d.topic() + "|" + d.partition() + "|" + d.offset(),
          (int) lines.stream().filter(wanted::equals).count());
    }
    return counts;
  }

  /** Deliveries repeating an earlier one: the fault's charter mails, and other mail it saw. */
  private List<MailLog.Delivery> duplicates(Fault fault) {
    int index = faults.indexOf(fault);
    int end = index + 1 < faults.size() ? faults.get(index + 1).firstDelivery() : Integer.MAX_VALUE;
    Set<String> vessels = new HashSet<>();
    fault.charters().forEach(c -> vessels.add(c.vessel() + ","));
    Set<String> allVessels = new HashSet<>();
    faults.forEach(f -> f.charters().forEach(c -> allVessels.add(c.vessel() + ",")));
    return mail.duplicates(d -> allVessels.stream().anyMatch(v -> d.subject().contains(v))).stream()
        .filter(
            d ->
                vessels.stream().anyMatch(v -> d.subject().contains(v))
                    || (allVessels.stream().noneMatch(v -> d.subject().contains(v))
                        && d.seq() >= fault.firstDelivery()
                        && d.seq() < end))
        .toList();
  }

  private FaultTable.Row withDuplicates(FaultTable.Row r, Fault fault) {
    int outside = outsideKillWindow(fault).size();
    return new FaultTable.Row(
        r.fault(),
        r.charters(),
        r.staffed(),
        outside,
        duplicates(fault).size() - outside,
        r.lost(),
        r.deadLettered(),
        r.alerts(),
        r.seconds());
  }

  private static String fromKill(long killedAt, long acceptedAt) {
    long millis = (killedAt - acceptedAt) / 1_000_000;
    return millis >= 0 ? millis + " ms before" : -millis + " ms after";
  }

  /**
   * The fault's duplicates but those of the stated kill window: the same Message-ID, its first copy
   * accepted at most {@link #KILL_WINDOW} before (or after) this fault killed the sender.
   */
  private List<MailLog.Delivery> outsideKillWindow(Fault fault) {
    Long killedAt = senderKilledAt.get(fault.name());
    return duplicates(fault).stream()
        .filter(
            d -> {
              if (killedAt == null) {
                return true;
              }
              // Before the SIGKILL was sent, or just after: an SMTP transaction in flight ends
              // while the signal is on its way. One message to a captain with the office in copy
              // is one transaction; CI of 9168ef5 found its office copy 1 ms before the kill and
              // failed on its captain copy, most likely accepted just after.
              return mail.firstCopy(d)
                  .map(
                      first -> Math.abs(killedAt - first.acceptedAtNanos()) > KILL_WINDOW.toNanos())
                  .orElse(true);
            })
        .toList();
  }

  // --- driving the stack from outside, as EndToEndIT does ---

  /** Booked through dispatch's HTTP API, retried until accepted (it is idempotent on the id). */
  private Charter book(Fault fault, String tag) {
    Charter charter = newCharter(fault, tag);
    Map<String, Object> booking = new LinkedHashMap<>();
    booking.put("charterId", charter.charterId());
    booking.put("vessel", charter.vessel());
    booking.put("sailDate", charter.sailDate().toString());
    booking.put("departureTime", "09:00");
    booking.put("returnTime", "12:00");
    booking.put("timeZone", ZONE.getId());
    booking.put("guestCount", 6);
    booking.put("crewRequired", 1);
    booking.put("totalRevenue", 3150.00);
    booking.put("customerName", "Pat Example");
    await("booking " + charter.charterId() + " accepted")
        .atMost(SETTLE)
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> http.postJson(dispatch("/api/charters"), booking).statusCode() / 100 == 2);
    return charter;
  }

  /** A booking system that publishes CharterBooked onto charter-events itself. */
  private Charter publishBooking(Fault fault, String tag) throws Exception {
    Charter charter = newCharter(fault, tag);
    events.publish(
        CharterBooked.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setOccurredAt(Instant.now())
            .setCharterId(charter.charterId())
            .setVessel(charter.vessel())
            .setSailDate(charter.sailDate())
            .setDepartureTime(LocalTime.of(9, 0))
            .setReturnTime(LocalTime.of(12, 0))
            .setTimeZone(ZONE.getId())
            .setGuestCount(6)
            .setCrewRequired(1)
            .setTotalRevenue(new BigDecimal("3150.00"))
            .setCustomerName("Pat Example")
            .setSource("fault-suite")
            .build());
    return charter;
  }

  private Charter newCharter(Fault fault, String tag) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    int day = nextDay.getAndIncrement();
    if (day > month.lengthOfMonth()) {
      throw new IllegalStateException("the suite books one charter a day: too many charters");
    }
    Charter charter = new Charter("fault-" + id, tag + " " + id, month.atDay(day));
    fault.charters().add(charter);
    return charter;
  }

  /** The captain's call link, once the email is in. */
  private String captainCall(Charter charter) {
    return inbox.await(MORGAN, "Captain needed: " + charter.vessel() + ",", SETTLE).acceptUrl();
  }

  /** Accepts as captain, then (once called) as crew. */
  private void staff(Charter charter) {
    press(captainCall(charter));
    press(inbox.await(SAM, "Crew needed: " + charter.vessel() + ",", SETTLE).acceptUrl());
  }

  /**
   * Presses the link's button, again if the stack could not answer (a person would); done once the
   * press went through or the link says it was already used (409).
   */
  private void press(String url) {
    await("pressed " + URI.create(url).getPath())
        .atMost(SETTLE)
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(
            () -> {
              try {
                if (browser.openAndPress(url).statusCode() == 200) {
                  return true;
                }
              } catch (AssertionError | RuntimeException notNow) {
                // the page did not answer as it should: look again below
              }
              return browser.open(url).statusCode() == 409;
            });
  }

  private JsonNode charter(String charterId) {
    return http.json(http.get(dispatch("/api/charters/" + charterId), "application/json"));
  }

  private String dispatch(String path) {
    return stack.config().serviceUrl("dispatch-service") + path;
  }

  private static void deleteRecursively(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
