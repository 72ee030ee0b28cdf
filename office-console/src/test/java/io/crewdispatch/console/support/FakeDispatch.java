package io.crewdispatch.console.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.crewdispatch.testsupport.Infrastructure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.json.JsonMapper;

/**
 * dispatch-service's office API as a local server: it refuses any request without a valid access
 * token carrying scope {@code office} (401), and otherwise answers as the test says — as dispatch
 * would: 200, or 409 with a problem detail.
 */
public final class FakeDispatch {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static FakeDispatch instance;

  /** One request dispatch received: its path below {@code /api/charters/} and JSON body. */
  public record Request(String path, Map<String, Object> body) {}

  /** What dispatch answers: a status and, for a refusal, a problem detail. */
  public record Answer(int status, String problemJson) {
    public static Answer ok() {
      return new Answer(200, null);
    }
  }

  public interface Behaviour {
    Answer answer(Request request);
  }

  private final HttpServer server;
  private final List<Request> received = new CopyOnWriteArrayList<>();
  private volatile Behaviour behaviour = request -> new Answer(404, null);

  private FakeDispatch() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", Infrastructure.freePort()), 0);
    server.createContext("/api/charters/", this::handle);
    server.start();
  }

  public static synchronized FakeDispatch get() {
    if (instance == null) {
      try {
        instance = new FakeDispatch();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return instance;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void behave(Behaviour behaviour) {
    this.behaviour = behaviour;
  }

  public List<Request> received() {
    return received;
  }

  @SuppressWarnings("unchecked")
  private void handle(HttpExchange exchange) throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (!"POST".equals(exchange.getRequestMethod())
        || auth == null
        || !auth.startsWith("Bearer ")
        || !TestAuthServer.get().validAccessToken(auth.substring(7), "office")) {
      TestAuthServer.send(exchange, 401, "application/json", "{}");
      return;
    }
    byte[] raw = exchange.getRequestBody().readAllBytes();
    Map<String, Object> body = raw.length == 0 ? Map.of() : JSON.readValue(raw, Map.class);
    Request request =
        new Request(exchange.getRequestURI().getPath().substring("/api/charters/".length()), body);
    received.add(request);
    Answer answer = behaviour.answer(request);
    if (answer.problemJson() == null) {
      exchange.sendResponseHeaders(answer.status(), -1);
      exchange.close();
    } else {
      byte[] bytes = answer.problemJson().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    }
  }
}
