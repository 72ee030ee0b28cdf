package io.crewdispatch.auth.support;

import io.crewdispatch.testsupport.Infrastructure;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's headless Chromium, driven over the DevTools protocol with the JDK's WebSocket: enough to
 * open a page at a phone's size, read it, press a button and take screenshots, as a captain would.
 */
public final class Chromium implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The browser binary, or a failure that says how to install it (the build does, as root). */
  public static Path executable() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    throw new AssertionError(
        "Chromium is not installed, so the phone-width page test cannot run. Install Debian's"
            + " package: apt-get install -y --no-install-recommends chromium (.mvn/ensure-chromium"
            + " does, as root).");
  }

  public static Chromium launch(Path logFile) throws Exception {
    int port = Infrastructure.freePort();
    Path profile = Files.createTempDirectory("chromium-profile");
    Files.createDirectories(logFile.getParent());
    Process process =
        new ProcessBuilder(
                executable().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--remote-allow-origins=*",
                "--user-data-dir=" + profile,
                "--window-size=390,844",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=" + port,
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(logFile.toFile())
            .start();
    HttpClient http = HttpClient.newHttpClient();
    String devtools = "http://127.0.0.1:" + port;
    Awaitility.await("Chromium's DevTools endpoint")
        .atMost(WAIT)
        .ignoreExceptions()
        .until(() -> get(http, devtools + "/json/version").statusCode() == 200);
    JsonNode target =
        JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(URI.create(devtools + "/json/new?about:blank"))
                        .PUT(HttpRequest.BodyPublishers.noBody())
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    Chromium[] self = new Chromium[1];
    WebSocket socket =
        http.newWebSocketBuilder()
            .buildAsync(
                URI.create(target.get("webSocketDebuggerUrl").asString()),
                new Listener(message -> self[0].receive(message)))
            .get(10, TimeUnit.SECONDS);
    self[0] = new Chromium(process, profile, socket);
    self[0].call("Page.enable", Map.of());
    self[0].call("Runtime.enable", Map.of());
    return self[0];
  }

  /** A phone's viewport: 390 x 844 CSS pixels at 3x, touch, mobile layout. */
  public void emulatePhone() {
    call(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
    call("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
  }

  public void navigate(String url) {
    events.clear();
    JsonNode result = call("Page.navigate", Map.of("url", url));
    if (result.has("errorText")) {
      throw new AssertionError("Navigation failed: " + result.get("errorText").asString());
    }
    awaitEvent("Page.loadEventFired");
  }

  /** Runs {@code script} in the page (which the page's own CSP does not restrict) for a value. */
  public String evaluate(String script) {
    JsonNode result =
        call("Runtime.evaluate", Map.of("expression", script, "returnByValue", true)).get("result");
    JsonNode value = result.get("value");
    return value == null || value.isNull() ? null : value.asString();
  }

  /** Clicks the first element matching {@code selector} and waits for the page it leads to. */
  public void clickAndWaitForPage(String selector) {
    events.clear();
    evaluate("document.querySelector(" + JSON.writeValueAsString(selector) + ").click(); 'ok'");
    awaitEvent("Page.loadEventFired");
  }

  public void screenshot(Path file) throws IOException {
    String png = call("Page.captureScreenshot", Map.of("format", "png")).get("data").asString();
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(png));
  }

  private JsonNode call(String method, Map<String, Object> params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    String message = JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params));
    socket.sendText(message, true).join();
    try {
      JsonNode response = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      if (response.has("error")) {
        throw new AssertionError(method + " failed: " + response.get("error"));
      }
      return response.get("result");
    } catch (Exception e) {
      throw new AssertionError(method + " got no answer", e);
    }
  }

  private void awaitEvent(String name) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        JsonNode event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (event != null && name.equals(event.get("method").asString())) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new AssertionError("Chromium sent no " + name + " within " + WAIT);
  }

  private void receive(String message) {
    JsonNode node = JSON.readTree(message);
    if (node.has("id")) {
      Optional.ofNullable(pending.remove(node.get("id").asInt())).ifPresent(f -> f.complete(node));
    } else if (node.has("method")) {
      events.add(node);
    }
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Joins the WebSocket's message fragments into whole DevTools messages. */
  private static final class Listener implements WebSocket.Listener {
    private final java.util.function.Consumer<String> onMessage;
    private final StringBuilder buffer = new StringBuilder();

    Listener(java.util.function.Consumer<String> onMessage) {
      this.onMessage = onMessage;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String message = buffer.toString();
        buffer.setLength(0);
        onMessage.accept(message);
      }
      socket.request(1);
      return null;
    }
  }
}
