package io.crewdispatch.auth.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.auth.link.application.LinkStore;
import io.crewdispatch.auth.link.domain.Call;
import io.crewdispatch.auth.link.domain.CallLinks;
import io.crewdispatch.auth.link.domain.Charter;
import io.crewdispatch.auth.link.domain.FormTokens;
import io.crewdispatch.auth.link.domain.LinkKeys;
import io.crewdispatch.auth.link.domain.LinkToken;
import io.crewdispatch.auth.link.domain.Purpose;
import io.crewdispatch.auth.link.domain.RegisteredCall;
import io.crewdispatch.auth.link.domain.Role;
import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.CrewClient;
import io.crewdispatch.auth.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Accept-page GETs and accept POSTs per second, with latency percentiles, against DynamoDB Local
 * and the embedded broker on loopback. Not part of the default run:
 *
 * <pre>./mvnw -B -o -pl auth-service test -Dtest=CrewPagesBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Each phase is bounded in time; the rate limiter stays in the path with limits no client reaches.
 */
@AuthServiceTest
@TestPropertySource(
    properties = {
      "crewdispatch.auth.rate-limit.per-ip-requests=100000000",
      "crewdispatch.auth.rate-limit.per-token-requests=100000000",
      "logging.level.io.crewdispatch=warn"
    })
class CrewPagesBenchmark {

  static final int CLIENTS = 8;
  static final Duration WARM_UP = Duration.ofSeconds(5);
  static final Duration PHASE = Duration.ofSeconds(15);
  static final int LINKS = 3_000;

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired LinkStore store;
  @Autowired LinkKeys keys;
  @Autowired FormTokens forms;

  @Test
  void acceptPageGetsAndPostsPerSecond() throws Exception {
    clock.reset();
    long mintStart = System.nanoTime();
    List<LinkToken> tokens = mint(LINKS);
    double mintSeconds = (System.nanoTime() - mintStart) / 1e9;
    System.out.printf(
        "BENCHMARK mint (DynamoDB writes only): %d links in %.1f s = %.0f links/s%n",
        LINKS, mintSeconds, LINKS / mintSeconds);

    AtomicInteger next = new AtomicInteger();
    CrewClient client = new CrewClient(port, "127.0.0.1");
    IntFunction<Integer> get = i -> client.get("accept", tokens.get(i % 500).value()).statusCode();
    run("warm-up GET", WARM_UP, get, null);
    Result gets = run("GET /crew/accept", PHASE, get, 200);

    IntFunction<Integer> post =
        i -> {
          int n = next.getAndIncrement();
          if (n >= tokens.size()) {
            return -1; // out of fresh links: the phase ends early
          }
          LinkToken token = tokens.get(n);
          return client
              .post("accept", token.value(), forms.issue(token.hash(), clock.instant()))
              .statusCode();
        };
    next.set(500); // the GET phase's links stay unanswered; POSTs use fresh ones
    Result posts = run("POST /crew/accept", PHASE, post, 200);

    assertThat(gets.count()).isPositive();
    assertThat(posts.count()).isPositive();
  }

  private List<LinkToken> mint(int count) throws Exception {
    Instant now = clock.instant();
    Charter charter =
        new Charter(
            "Sea Breeze",
            LocalDate.ofInstant(now, ZoneId.of("America/Los_Angeles")).plusDays(14),
            LocalTime.of(9, 30),
            LocalTime.of(13, 30),
            ZoneId.of("America/Los_Angeles"),
            8);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    ConcurrentLinkedQueue<LinkToken> tokens = new ConcurrentLinkedQueue<>();
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      work.add(
          pool.submit(
              () -> {
                String charterId = "BENCH-" + UUID.randomUUID();
                Call call =
                    new Call(
                        "call-" + UUID.randomUUID(),
                        charterId,
                        new Call.Recipient(
                            "alex-marlow",
                            "Alex Marlow",
                            "alex-marlow@example.com",
                            null,
                            Role.CAPTAIN),
                        Role.CAPTAIN,
                        now,
                        now.plus(Duration.ofHours(2)),
                        charter);
                CallLinks links =
                    CallLinks.issue(call, keys.current(), now.plus(Duration.ofHours(3)), now);
                store.mint(new RegisteredCall(call.callId(), call.calledAt()), links, now);
                tokens.add(
                    LinkToken.derive(keys.current(), charterId, call.callId(), Purpose.ACCEPT));
              }));
    }
    for (Future<?> f : work) {
      f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    return new ArrayList<>(tokens);
  }

  record Result(long count, double perSecond) {}

  private Result run(String name, Duration length, IntFunction<Integer> request, Integer expected)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long end = System.nanoTime() + length.toNanos();
    long start = System.nanoTime();
    List<Future<long[]>> workers = new ArrayList<>();
    AtomicInteger unexpected = new AtomicInteger();
    for (int w = 0; w < CLIENTS; w++) {
      int worker = w;
      workers.add(
          pool.submit(
              () -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                for (int i = worker; System.nanoTime() < end; i += CLIENTS) {
                  long t0 = System.nanoTime();
                  int status = request.apply(i);
                  if (status == -1) {
                    break;
                  }
                  long took = System.nanoTime() - t0;
                  if (expected != null && status != expected) {
                    unexpected.incrementAndGet();
                  }
                  if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, n * 2);
                  }
                  latencies[n++] = took;
                }
                return Arrays.copyOf(latencies, n);
              }));
    }
    List<long[]> parts = new ArrayList<>();
    for (Future<long[]> f : workers) {
      parts.add(f.get(length.toSeconds() + 60, TimeUnit.SECONDS));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    Result result = new Result(all.length, all.length / seconds);
    if (expected != null) {
      System.out.printf(
          "BENCHMARK %s: %d requests in %.1f s = %.0f req/s with %d clients;"
              + " latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; unexpected statuses %d%n",
          name,
          all.length,
          seconds,
          result.perSecond(),
          CLIENTS,
          percentile(all, 50),
          percentile(all, 99),
          all.length == 0 ? 0 : all[all.length - 1] / 1e6,
          unexpected.get());
      assertThat(unexpected.get()).as(name + " unexpected statuses").isZero();
    }
    return result;
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
