package io.crewdispatch.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.crewdispatch.console.support.ConsoleTestBase;
import io.crewdispatch.console.support.TestAuthServer;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not part of the suite (its name matches neither *Test nor *IT): topic event → visible on an open
 * board, at a steady rate, measured in Chromium with a MutationObserver. Run with
 *
 * <pre>./mvnw -B -o -pl office-console -am verify -Dtest=BoardLatencyBenchmark
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dbench.rate=10 -Dbench.events=300</pre>
 *
 * and read the figures from target/surefire-reports/*BoardLatencyBenchmark-output.txt.
 */
class BoardLatencyBenchmark extends ConsoleTestBase {

  @LocalServerPort int port;

  @Test
  void eventToOpenBoard() throws Exception {
    int rate = Integer.getInteger("bench.rate", 10);
    int events = Integer.getInteger("bench.events", 300);
    String run = UUID.randomUUID().toString().substring(0, 8);
    LocalDate sail = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(1);
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
        BrowserContext context = browser.newContext();
        KafkaProbe kafka = KafkaProbe.open()) {
      Page page = context.newPage();
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
      Map<String, Long> published = new LinkedHashMap<>();
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
        kafka.publish(Topic.CHARTER_EVENTS, charterId, booked);
      }
      page.waitForFunction(
          "n => Object.keys(window.__seen).filter(k => k.startsWith('bench-"
              + run
              + "')).length >= n",
          events,
          new Page.WaitForFunctionOptions().setTimeout(120_000));
      @SuppressWarnings("unchecked")
      Map<String, Number> seen = (Map<String, Number>) page.evaluate("window.__seen");
      List<Long> latencies = new ArrayList<>();
      published.forEach((id, at) -> latencies.add(seen.get(id).longValue() - at));
      Collections.sort(latencies);
      System.out.printf(
          "bench event->open board: rate=%d/s events=%d p50=%d ms p99=%d ms max=%d ms heapUsed=%d MB%n",
          rate,
          events,
          latencies.get(latencies.size() / 2),
          latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1),
          latencies.get(latencies.size() - 1),
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
  }
}
