package io.crewdispatch.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local server that answers as Twilio's Messages API does ({@code POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json}), for the real Twilio SDK pointed here. It
 * checks what Twilio checks: the method, the account in the path, HTTP Basic credentials (the
 * account SID and auth token, or an API key and its secret), a form-encoded body with To, Body and
 * From or MessagingServiceSid. Failures can be scripted with Twilio's error JSON.
 */
public final class FakeTwilio implements AutoCloseable {

  /** One request Twilio accepted or refused, as it came. */
  public record Received(
      String method, String path, String authorization, Map<String, String> form) {}

  /** A scripted answer. */
  public record Answer(int status, String body) {

    public static Answer error(int status, int code, String message) {
      return new Answer(
          status,
          "{\"code\":"
              + code
              + ",\"message\":\""
              + message
              + "\",\"more_info\":\"https://www.twilio.com/docs/errors/"
              + code
              + "\",\"status\":"
              + status
              + "}");
    }
  }

  public static final String ACCOUNT = "AC00000000000000000000000000000001";
  public static final String TOKEN = "test-auth-token";

  private final HttpServer server;
  private final String user;
  private final String password;
  private final Deque<Answer> script = new ConcurrentLinkedDeque<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private FakeTwilio(String user, String password) throws IOException {
    this.user = user;
    this.password = password;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  /** Accepts the account SID and auth token. */
  public static FakeTwilio start() throws IOException {
    return new FakeTwilio(ACCOUNT, TOKEN);
  }

  /** Accepts an API key and its secret. */
  public static FakeTwilio withApiKey(String key, String secret) throws IOException {
    return new FakeTwilio(key, secret);
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The next requests get these answers, in order, before the normal ones. */
  public void script(Answer... answers) {
    script.addAll(List.of(answers));
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      Map<String, String> form = parse(body);
      received.add(
          new Received(
              exchange.getRequestMethod(), exchange.getRequestURI().getPath(), auth, form));
      answer(exchange, decide(exchange, auth, form));
    }
  }

  private Answer decide(HttpExchange exchange, String auth, Map<String, String> form) {
    String expectedPath = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    if (!exchange.getRequestURI().getPath().equals(expectedPath)) {
      return Answer.error(404, 20404, "The requested resource was not found");
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      return Answer.error(405, 20004, "Method not allowed");
    }
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    if (!basic.equals(auth)) {
      return Answer.error(401, 20003, "Authenticate");
    }
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
      return Answer.error(400, 20001, "Content-Type must be form-encoded");
    }
    if (!form.containsKey("To") || !form.containsKey("Body")) {
      return Answer.error(400, 21604, "A 'To' phone number and a 'Body' are required");
    }
    if (form.containsKey("From") == form.containsKey("MessagingServiceSid")) {
      return Answer.error(400, 21603, "A 'From' or 'MessagingServiceSid' is required");
    }
    Answer scripted = script.poll();
    if (scripted != null) {
      return scripted;
    }
    return new Answer(201, created(form));
  }

  private static String created(Map<String, String> form) {
    String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
    return "{\"account_sid\":\""
        + ACCOUNT
        + "\",\"api_version\":\"2010-04-01\",\"body\":\""
        + form.get("Body").replace("\\", "\\\\").replace("\"", "\\\"")
        + "\",\"date_created\":\"Thu, 24 Aug 2023 05:01:45 +0000\",\"direction\":\"outbound-api\","
        + "\"error_code\":null,\"error_message\":null,\"from\":"
        + (form.containsKey("From") ? "\"" + form.get("From") + "\"" : "null")
        + ",\"messaging_service_sid\":"
        + (form.containsKey("MessagingServiceSid")
            ? "\"" + form.get("MessagingServiceSid") + "\""
            : "null")
        + ",\"num_media\":\"0\",\"num_segments\":\"1\",\"price\":null,\"sid\":\""
        + sid
        + "\",\"status\":\"queued\",\"to\":\""
        + form.get("To")
        + "\",\"uri\":\"/2010-04-01/Accounts/"
        + ACCOUNT
        + "/Messages/"
        + sid
        + ".json\"}";
  }

  private static void answer(HttpExchange exchange, Answer answer) throws IOException {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static Map<String, String> parse(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      form.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
