package io.crewdispatch.notification.support;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * A local server that answers as Google's token endpoint and Gmail's {@code users.messages.send}
 * do, for the real Google client libraries (root URL and token URI pointed here). Answers can be
 * scripted; otherwise the token endpoint issues fresh access tokens and Gmail accepts a message
 * only with a token it issued. Request bodies are gunzipped: Google's clients gzip them.
 */
public final class FakeGoogle implements AutoCloseable {

  /** A scripted HTTP answer. */
  public record Answer(int status, String body, Map<String, String> headers) {

    public static Answer json(int status, String body) {
      return new Answer(status, body, Map.of());
    }

    public static Answer invalidGrant() {
      return json(
          400,
          "{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}");
    }

    public static Answer unavailable() {
      return json(503, "{\"error\":\"temporarily_unavailable\"}");
    }

    public static Answer gmailError(int status, String reason, String message) {
      return json(
          status,
          "{\"error\":{\"code\":"
              + status
              + ",\"message\":\""
              + message
              + "\",\"errors\":[{\"reason\":\""
              + reason
              + "\",\"message\":\""
              + message
              + "\"}]}}");
    }

    public Answer withHeader(String name, String value) {
      Map<String, String> all = new LinkedHashMap<>(headers);
      all.put(name, value);
      return new Answer(status, body, all);
    }
  }

  /** What reached an endpoint: form fields or decoded message, headers, whether it was gzipped. */
  public record Request(
      Map<String, String> form, byte[] rawMessage, String authorization, boolean gzipped) {}

  private static final Gson GSON = new Gson();

  private final HttpServer server;
  private final Deque<Answer> tokenScript = new ConcurrentLinkedDeque<>();
  private final Deque<Answer> sendScript = new ConcurrentLinkedDeque<>();
  private final List<Request> tokenRequests = new CopyOnWriteArrayList<>();
  private final List<Request> sendAttempts = new CopyOnWriteArrayList<>();
  private final List<Request> accepted = new CopyOnWriteArrayList<>();
  private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
  private final AtomicInteger counter = new AtomicInteger();
  private volatile String rotateRefreshTokenTo;
  private volatile long expiresInSeconds = 3600;

  private FakeGoogle(HttpServer server) {
    this.server = server;
  }

  public static FakeGoogle start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      FakeGoogle fake = new FakeGoogle(server);
      server.createContext("/token", fake::token);
      server.createContext("/gmail/v1/users/me/messages/send", fake::send);
      server.start();
      return fake;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public URI rootUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  public URI tokenUri() {
    return rootUrl().resolve("/token");
  }

  public void scriptToken(Answer... answers) {
    tokenScript.addAll(List.of(answers));
  }

  public void scriptSend(Answer... answers) {
    sendScript.addAll(List.of(answers));
  }

  /** The next successful refresh also returns this new refresh token. */
  public void rotateRefreshTokenTo(String refreshToken) {
    this.rotateRefreshTokenTo = refreshToken;
  }

  public void expiresIn(long seconds) {
    this.expiresInSeconds = seconds;
  }

  /** Makes Gmail accept an access token issued elsewhere (one already in a token file). */
  public void accept(String accessToken) {
    validTokens.add(accessToken);
  }

  /** Revokes every issued access token: Gmail answers 401 to them. */
  public void revokeAccessTokens() {
    validTokens.clear();
  }

  public List<Request> tokenRequests() {
    return List.copyOf(tokenRequests);
  }

  public List<Request> sendAttempts() {
    return List.copyOf(sendAttempts);
  }

  public List<Request> accepted() {
    return List.copyOf(accepted);
  }

  public void reset() {
    tokenScript.clear();
    sendScript.clear();
    tokenRequests.clear();
    sendAttempts.clear();
    accepted.clear();
    rotateRefreshTokenTo = null;
    expiresInSeconds = 3600;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void token(HttpExchange exchange) throws IOException {
    boolean gzipped = gzipped(exchange);
    Map<String, String> form = form(new String(body(exchange), StandardCharsets.UTF_8));
    tokenRequests.add(new Request(form, null, null, gzipped));
    Answer scripted = tokenScript.poll();
    if (scripted != null) {
      respond(exchange, scripted);
      return;
    }
    String accessToken = "access-" + counter.incrementAndGet();
    validTokens.add(accessToken);
    JsonObject json = new JsonObject();
    json.addProperty("access_token", accessToken);
    json.addProperty("token_type", "Bearer");
    json.addProperty("expires_in", expiresInSeconds);
    String next = rotateRefreshTokenTo;
    if (next != null) {
      json.addProperty("refresh_token", next);
      rotateRefreshTokenTo = null;
    }
    if ("authorization_code".equals(form.get("grant_type"))) {
      json.addProperty("refresh_token", "refresh-from-code-" + form.get("code"));
    }
    respond(exchange, Answer.json(200, GSON.toJson(json)));
  }

  private void send(HttpExchange exchange) throws IOException {
    boolean gzipped = gzipped(exchange);
    JsonObject json =
        GSON.fromJson(new String(body(exchange), StandardCharsets.UTF_8), JsonObject.class);
    byte[] raw = Base64.getUrlDecoder().decode(json.get("raw").getAsString());
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    Request request = new Request(Map.of(), raw, authorization, gzipped);
    sendAttempts.add(request);
    Answer scripted = sendScript.poll();
    if (scripted != null) {
      respond(exchange, scripted);
      return;
    }
    String token = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
    if (!validTokens.contains(token)) {
      respond(exchange, Answer.gmailError(401, "authError", "Invalid Credentials"));
      return;
    }
    accepted.add(request);
    String id = "gmail-" + counter.incrementAndGet();
    respond(exchange, Answer.json(200, "{\"id\":\"" + id + "\",\"threadId\":\"" + id + "\"}"));
  }

  private static boolean gzipped(HttpExchange exchange) {
    return "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
  }

  private static byte[] body(HttpExchange exchange) throws IOException {
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readAllBytes();
    }
    if (gzipped(exchange)) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        return in.readAllBytes();
      }
    }
    return bytes;
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static void respond(HttpExchange exchange, Answer answer) throws IOException {
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.sendResponseHeaders(answer.status(), body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  /** For assertions on what a test sent. */
  public static List<String> lines(byte[] raw) {
    return new ArrayList<>(List.of(new String(raw, StandardCharsets.UTF_8).split("\r\n")));
  }
}
