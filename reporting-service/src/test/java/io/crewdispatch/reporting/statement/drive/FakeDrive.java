package io.crewdispatch.reporting.statement.drive;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * A local server that answers like Google's token endpoint and Drive v3: multipart and resumable
 * uploads, permissions, export and update. It records every request (gunzipped, as Google's clients
 * gzip their bodies) so tests can look at what the real client sent.
 */
final class FakeDrive implements AutoCloseable {

  static final String ACCESS_TOKEN = "ya29.fake-drive-token";

  record Request(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  final List<Request> requests = new CopyOnWriteArrayList<>();
  final Map<String, byte[]> files = new ConcurrentHashMap<>();
  final Map<String, String> pendingUploads = new ConcurrentHashMap<>();

  /** When not 0, every Drive request (not the token endpoint) is answered with this status. */
  volatile int failWith;

  /** The token endpoint refuses the credentials, as Google does for a deleted key. */
  volatile boolean refuseCredentials;

  /** Every Drive request waits this long before its answer (a read timeout, when long enough). */
  volatile long stallMillis;

  private final AtomicInteger ids = new AtomicInteger();
  private final HttpServer server;

  FakeDrive() throws IOException {
    server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String rootUrl() {
    return "http://localhost:" + server.getAddress().getPort() + "/";
  }

  String tokenUri() {
    return rootUrl() + "token";
  }

  List<Request> requests(String method, String pathPrefix) {
    return requests.stream()
        .filter(r -> r.method().equals(method) && r.uri().getPath().startsWith(pathPrefix))
        .toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = readBody(exchange);
    String method =
        exchange.getRequestHeaders().getFirst("X-HTTP-Method-Override") != null
            ? exchange.getRequestHeaders().getFirst("X-HTTP-Method-Override")
            : exchange.getRequestMethod();
    Request request =
        new Request(
            method, exchange.getRequestURI(), Map.copyOf(exchange.getRequestHeaders()), body);
    requests.add(request);
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/token") && refuseCredentials) {
      respond(
          exchange,
          400,
          "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}");
      return;
    }
    if (path.equals("/token")) {
      respond(
          exchange,
          200,
          "{\"access_token\":\""
              + ACCESS_TOKEN
              + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}");
      return;
    }
    if (!("Bearer " + ACCESS_TOKEN).equals(request.header("Authorization"))) {
      respond(exchange, 401, error(401, "Request had invalid authentication credentials."));
      return;
    }
    if (stallMillis > 0) {
      try {
        Thread.sleep(stallMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failWith != 0) {
      respond(exchange, failWith, error(failWith, "Drive is failing on purpose."));
      return;
    }
    if (method.equals("POST") && path.equals("/upload/drive/v3/files")) {
      upload(exchange, request);
    } else if (method.equals("PUT") && path.equals("/upload/drive/v3/files")) {
      finishResumable(exchange, request);
    } else if (method.equals("POST") && path.matches("/drive/v3/files/[^/]+/permissions")) {
      respond(exchange, 200, "{\"id\":\"perm-" + ids.incrementAndGet() + "\"}");
    } else if (method.equals("GET") && path.matches("(/download)?/drive/v3/files/[^/]+/export")) {
      // Media downloads go to the /download/ root, as Google's client sends them.
      byte[] file = files.get(path.replaceAll(".*/files/([^/]+)/export", "$1"));
      if (file == null) {
        respond(exchange, 404, error(404, "File not found."));
      } else {
        exchange.sendResponseHeaders(200, file.length);
        exchange.getResponseBody().write(file);
        exchange.close();
      }
    } else if (method.equals("GET")
        && path.matches("(/download)?/drive/v3/files/[^/]+")
        && "media".equals(query(exchange.getRequestURI(), "alt"))) {
      // A file kept as it is (not a Google Sheet) is downloaded, not exported.
      byte[] file = files.get(path.replaceAll(".*/files/([^/]+)", "$1"));
      if (file == null) {
        respond(exchange, 404, error(404, "File not found."));
      } else {
        exchange.sendResponseHeaders(200, file.length);
        exchange.getResponseBody().write(file);
        exchange.close();
      }
    } else if (method.equals("PATCH") && path.matches("/drive/v3/files/[^/]+")) {
      String id = path.split("/")[4];
      respond(exchange, files.containsKey(id) ? 200 : 404, "{\"id\":\"" + id + "\"}");
    } else {
      respond(exchange, 400, error(400, "Unexpected request " + method + " " + path));
    }
  }

  private void upload(HttpExchange exchange, Request request) throws IOException {
    String uploadType = query(request.uri(), "uploadType");
    if ("multipart".equals(uploadType)) {
      List<byte[]> parts = Multipart.parts(request.header("Content-Type"), request.body());
      respond(exchange, 200, created(parts.get(1)));
    } else if ("resumable".equals(uploadType)) {
      String uploadId = "upload-" + ids.incrementAndGet();
      pendingUploads.put(uploadId, request.text());
      exchange
          .getResponseHeaders()
          .add(
              "Location",
              rootUrl() + "upload/drive/v3/files?uploadType=resumable&upload_id=" + uploadId);
      respond(exchange, 200, "");
    } else {
      respond(exchange, 400, error(400, "Unsupported uploadType " + uploadType));
    }
  }

  private void finishResumable(HttpExchange exchange, Request request) throws IOException {
    if (pendingUploads.remove(query(request.uri(), "upload_id")) == null) {
      respond(exchange, 404, error(404, "No such upload"));
      return;
    }
    respond(exchange, 200, created(request.body()));
  }

  private String created(byte[] content) {
    String id = "file-" + ids.incrementAndGet();
    files.put(id, content);
    return "{\"id\":\""
        + id
        + "\",\"webViewLink\":\"https://docs.google.com/spreadsheets/d/"
        + id
        + "/edit?usp=drivesdk\"}";
  }

  static String query(URI uri, String name) {
    for (String pair : String.valueOf(uri.getRawQuery()).split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(name) && kv.length == 2) {
        return java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static byte[] readBody(HttpExchange exchange) throws IOException {
    byte[] raw = exchange.getRequestBody().readAllBytes();
    if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
        return in.readAllBytes();
      }
    }
    return raw;
  }

  private static String error(int code, String message) {
    return "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"errors\":[]}}";
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Splits a multipart/related body into its parts' bodies (headers dropped). */
  static final class Multipart {
    private Multipart() {}

    static List<byte[]> parts(String contentType, byte[] body) {
      String boundary = contentType.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
      String text = new String(body, StandardCharsets.ISO_8859_1);
      List<byte[]> parts = new ArrayList<>();
      for (String chunk : text.split("--" + java.util.regex.Pattern.quote(boundary))) {
        int start = chunk.indexOf("\r\n\r\n");
        if (start < 0) {
          continue;
        }
        String content = chunk.substring(start + 4);
        if (content.endsWith("\r\n")) {
          content = content.substring(0, content.length() - 2);
        }
        parts.add(content.getBytes(StandardCharsets.ISO_8859_1));
      }
      return parts;
    }

    static String headersOf(String contentType, byte[] body, int index) {
      String boundary = contentType.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
      String text = new String(body, StandardCharsets.ISO_8859_1);
      List<String> heads = new ArrayList<>();
      for (String chunk : text.split("--" + java.util.regex.Pattern.quote(boundary))) {
        int end = chunk.indexOf("\r\n\r\n");
        if (end >= 0) {
          heads.add(chunk.substring(0, end));
        }
      }
      return heads.get(index);
    }
  }
}
