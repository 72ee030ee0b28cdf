package io.crewdispatch.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.crewdispatch.console.board.application.BoardChanged;
import io.crewdispatch.console.support.ConsoleTestBase;
import io.crewdispatch.console.support.TestAuthServer;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Not part of the suite (its name matches neither *Test nor *IT): topic event → visible on an open
 * board, at steady rates, measured in Chromium with a MutationObserver. Run with
 *
 * <pre>./mvnw -B -o -pl office-console -am package -DskipTests   # the jar, for the footprint
 * ./mvnw -B -o -pl office-console -am verify -Dtest=BoardLatencyBenchmark
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dbench.rates=2,10 -Dbench.seconds=30
 *   -Dbench.jar=$PWD/office-console/target/office-console.jar</pre>
 *
 * and read the figures from target/surefire-reports/*BoardLatencyBenchmark-output.txt. Each booking
 * is timed at four points: published; read by a bare consumer of the same broker (the floor: the
 * raw Kafka hop); recorded on the board (the console consumed it and wrote DynamoDB); visible on
 * the open page (rendered, pushed over SSE, swapped in by htmx). CPU per event is the CPU time of
 * the console's own threads (listeners, renderer, web) over the phase; the broker and DynamoDB
 * Local share this JVM, so process-wide figures would not be the console's.
 */
class BoardLatencyBenchmark extends ConsoleTestBase {

  @LocalServerPort int port;
  @Autowired ConfigurableApplicationContext context;
  @Autowired KafkaProperties kafka;
  @Autowired MeterRegistry meters;
  @Autowired Environment environment;

  private final Map<String, Long> hop = new ConcurrentHashMap<>();
  private ConsoleProcess alone;
  private final Map<String, Long> recorded = new ConcurrentHashMap<>();

  @Test
  void eventToOpenBoard() throws Exception {
    int[] rates =
        Arrays.stream(System.getProperty("bench.rates", "2,10").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int seconds = Integer.getInteger("bench.seconds", 30);
    printSettings(rates, seconds);
    context.addApplicationListener(
        ApplicationListener.forPayload(
            (BoardChanged change) -> {
              if (change.charterId() != null) {
                recorded.putIfAbsent(change.charterId(), System.currentTimeMillis());
              }
            }));
    String jar = System.getProperty("bench.jar");
    ConsoleProcess alone = null;
    if (jar != null) {
      String options = System.getProperty("bench.java-options", "-Xmx384m -XX:+UseSerialGC");
      alone = ConsoleProcess.start(Paths.get(jar), options);
      Thread.sleep(20_000); // started, caught up with the topics, idle
      System.out.printf(
          "bench footprint: packaged console (%s) idle RSS=%d MB after start-up; CPU so far=%d ms%n",
          options, alone.rssMb(), alone.cpuMillis());
    }
    this.alone = alone;
    Thread floor = new Thread(this::rawHop, "bench-raw-hop");
    floor.setDaemon(true);
    floor.start();
    try (Playwright playwright =
            Playwright.create(
                new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser =
            playwright
                .chromium()
                .launch(
                    new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setArgs(
                            List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        BrowserContext browserContext = browser.newContext();
        KafkaProbe probe = KafkaProbe.open()) {
      Page page = browserContext.newPage();
      page.navigate("http://localhost:" + port + "/");
      page.getByLabel("Email").fill(TestAuthServer.USER);
      page.getByLabel("Password").fill(TestAuthServer.PASSWORD);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      page.locator("h1").filter(new Locator.FilterOptions().setHasText("Board")).waitFor();
      page.waitForTimeout(1000); // the SSE stream connects
      page.evaluate(
          "window.__seen = {}; new MutationObserver(() => document.querySelectorAll('[data-charter]')"
              + ".forEach(el => { const id = el.getAttribute('data-charter');"
              + " if (!(id in window.__seen)) window.__seen[id] = Date.now(); }))"
              + ".observe(document.body, {subtree: true, childList: true});");
      for (int rate : rates) {
        phase(page, probe, rate, rate * seconds);
      }
    } finally {
      floor.interrupt();
      if (alone != null) {
        alone.close();
      }
    }
  }

  private void phase(Page page, KafkaProbe probe, int rate, int events) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    LocalDate sail = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(1);
    Map<String, Long> published = new LinkedHashMap<>();
    long pushesBefore = pushes("whole").count() + pushes("patch").count();
    double pushMillisBefore = pushMillis();
    long wholeBefore = pushes("whole").count();
    long cpuBefore = consoleCpuNanos();
    long aloneCpuBefore = alone == null ? 0 : alone.cpuMillis();
    long intervalNanos = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < events; i++) {
      long due = start + i * intervalNanos;
      while (System.nanoTime() < due) {
        Thread.onSpinWait();
      }
      String charterId = "bench-" + run + "-" + i;
      CharterBooked booked =
          CharterBooked.newBuilder(Samples.charterBooked(charterId))
              .setSailDate(sail)
              .setVessel("Bench " + i)
              .setOccurredAt(Instant.now())
              .build();
      published.put(charterId, System.currentTimeMillis());
      probe.publish(Topic.CHARTER_EVENTS, charterId, booked);
    }
    double achieved = events * 1e9 / Math.max(1, System.nanoTime() - start);
    page.waitForFunction(
        "n => Object.keys(window.__seen).filter(k => k.startsWith('bench-"
            + run
            + "')).length >= n",
        events,
        new Page.WaitForFunctionOptions().setTimeout(300_000));
    long cpu = consoleCpuNanos() - cpuBefore;
    @SuppressWarnings("unchecked")
    Map<String, Number> seen = (Map<String, Number>) page.evaluate("window.__seen");
    List<Long> floor = new ArrayList<>();
    List<Long> toRecorded = new ArrayList<>();
    List<Long> toVisible = new ArrayList<>();
    List<Long> recordedToVisible = new ArrayList<>();
    published.forEach(
        (id, at) -> {
          long visible = seen.get(id).longValue();
          floor.add(hop.getOrDefault(id, Long.MAX_VALUE) - at);
          toRecorded.add(recorded.get(id) - at);
          toVisible.add(visible - at);
          recordedToVisible.add(visible - recorded.get(id));
        });
    long pushes = pushes("whole").count() + pushes("patch").count() - pushesBefore;
    long whole = pushes("whole").count() - wholeBefore;
    System.out.printf(
        "bench phase: rate=%d/s (achieved %.1f/s) events=%d cards on the board at the end=%d%n",
        rate,
        achieved,
        events,
        ((Number) page.evaluate("document.querySelectorAll('[data-charter]').length")).intValue());
    System.out.println("  published -> visible on the open board  " + percentiles(toVisible));
    System.out.println("  floor: published -> bare consumer       " + percentiles(floor));
    System.out.println("  published -> recorded (board written)   " + percentiles(toRecorded));
    System.out.println(
        "  recorded -> visible (render, SSE, swap) " + percentiles(recordedToVisible));
    System.out.printf(
        "  pushes=%d (%.2f per event, %d whole) mean render+send=%.1f ms; console threads CPU=%.2f"
            + " ms per event%n",
        pushes,
        pushes / (double) events,
        whole,
        pushes == 0 ? 0 : (pushMillis() - pushMillisBefore) / pushes,
        cpu / 1e6 / events);
    if (alone != null) {
      Thread.sleep(5_000); // lets it finish the phase's events
      System.out.printf(
          "  packaged console (own JVM, no page open): CPU=%.2f ms per event, RSS=%d MB%n",
          (alone.cpuMillis() - aloneCpuBefore) / (double) events, alone.rssMb());
    }
    System.out.printf(
        "  ratio p99 visible / p99 floor = %.1f%n",
        (double) p(toVisible, 0.99) / Math.max(1, p(floor, 0.99)));
  }

  private Timer pushes(String kind) {
    return meters.timer("console.live.push", "page", "board", "kind", kind);
  }

  private double pushMillis() {
    return pushes("whole").totalTime(TimeUnit.MILLISECONDS)
        + pushes("patch").totalTime(TimeUnit.MILLISECONDS);
  }

  private static String percentiles(List<Long> values) {
    return String.format(
        "p50=%d ms p99=%d ms max=%d ms", p(values, 0.5), p(values, 0.99), p(values, 1.0));
  }

  private static long p(List<Long> values, double q) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * q) - 1));
  }

  /** A bare consumer of the same broker: when each booking could first have been read. */
  private void rawHop() {
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topic.CHARTER_EVENTS.topicName()).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      while (!Thread.currentThread().isInterrupted()) {
        consumer
            .poll(Duration.ofMillis(100))
            .forEach(r -> hop.putIfAbsent(r.key(), System.currentTimeMillis()));
      }
    } catch (org.apache.kafka.common.errors.InterruptException stopped) {
      // the benchmark is over
    }
  }

  /** CPU of the console's threads: its listener containers, the renderer, the web threads. */
  private static long consoleCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && isConsoles(info.getThreadName())) {
        total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return total;
  }

  private static boolean isConsoles(String thread) {
    return thread.startsWith("console-")
        || thread.startsWith("live-pages")
        || thread.startsWith("http-nio")
        || thread.startsWith("tomcat-handler");
  }

  private void printSettings(int[] rates, int seconds) {
    Map<String, Object> settings = new TreeMap<>();
    settings.put("rates", Arrays.toString(rates));
    settings.put("seconds per rate", seconds);
    settings.put("consumer (effective, Boot + defaults)", kafka.buildConsumerProperties());
    settings.put("listener ack mode", String.valueOf(kafka.getListener().getAckMode()));
    settings.put(
        "listener concurrency",
        environment.getProperty("crewdispatch.console.listener-concurrency", "(default)"));
    settings.put(
        "overridden by the test base",
        "management.server.port=0, crewdispatch.console.health-timeout=500ms; embedded KRaft"
            + " broker and DynamoDB Local (in memory, HTTP) in this JVM; Chromium headless");
    settings.put("processors", Runtime.getRuntime().availableProcessors());
    System.out.println("bench settings: " + settings);
  }
}
