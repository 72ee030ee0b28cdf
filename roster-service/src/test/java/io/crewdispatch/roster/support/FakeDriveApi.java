package io.crewdispatch.roster.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local server that answers as Google does for what the Drive-kept workbook uses: the OAuth token
 * endpoint, files.list (a folder tree with look-alikes: a trashed copy, a same-named folder
 * elsewhere), files.get (metadata with {@code fields}, and {@code alt=media} downloads), and
 * files.update with a media upload that becomes a new revision. It refuses what Google would: a
 * missing or wrong bearer token, an unsupported uploadType, a query it cannot parse; and checks the
 * options this service relies on (fields, supportsAllDrives). It can answer 503 and refuse the
 * refresh token (invalid_grant) to test outages.
 */
public final class FakeDriveApi implements AutoCloseable {

  public static final String FILE_ID = "roster-master-file-1";
  public static final String PATH = "/JADA/Crew/roster-master.xlsx";
  public static final String TOKEN = "fake-drive-access-token";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String FOLDER = "application/vnd.google-apps.folder";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern QUERY =
      Pattern.compile(
          "name = '((?:[^'\\\\]|\\\\.)*)' and '([^']+)' in parents and mimeType (=|!=) '([^']+)'"
              + " and trashed = false");

  private record Item(String id, String name, String parent, String mimeType, boolean trashed) {}

  private final HttpServer server;
  private final List<Item> items = new ArrayList<>();
  private final List<byte[]> revisions = new CopyOnWriteArrayList<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger serverErrors = new AtomicInteger();
  private volatile boolean down;
  private volatile boolean grantRevoked;

  public FakeDriveApi() {
    items.add(new Item("folder-jada", "JADA", "root", FOLDER, false));
    items.add(new Item("folder-crew", "Crew", "folder-jada", FOLDER, false));
    items.add(new Item(FILE_ID, "roster-master.xlsx", "folder-crew", XLSX, false));
    // Look-alikes a careless lookup would pick: an old copy in the trash, a Crew folder elsewhere.
    items.add(new Item("trashed-copy", "roster-master.xlsx", "folder-crew", XLSX, true));
    items.add(new Item("folder-archive", "Archive", "root", FOLDER, false));
    items.add(new Item("folder-old-crew", "Crew", "folder-archive", FOLDER, false));
    items.add(new Item("old-file", "roster-master.xlsx", "folder-old-crew", XLSX, false));
    revisions.add(
        XlsxFixture.workbook(
            List.of(io.crewdispatch.roster.sheet.domain.Tab.of("Roster", List.of()))));
    try {
      server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.createContext("/", this::handle);
    server.start();
  }

  public String rootUrl() {
    return "http://localhost:" + server.getAddress().getPort() + "/";
  }

  /** A person saves the workbook: a new revision of the same file. */
  public void upload(byte[] workbook) {
    revisions.add(workbook);
  }

  public byte[] current() {
    return revisions.get(revisions.size() - 1);
  }

  public int revisionCount() {
    return revisions.size();
  }

  /** The API calls answered so far (token requests excluded), as "METHOD path?query". */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  public void clearRequests() {
    requests.clear();
  }

  /** The next {@code count} API calls get 503, as Google's front end does in an outage. */
  public void failWithServerErrors(int count) {
    serverErrors.set(count);
  }

  /** Every API call gets 503 until set back. */
  public void setDown(boolean down) {
    this.down = down;
  }

  /**
   * The grant is revoked: access tokens are refused (401) and so is the refresh token
   * (invalid_grant), as after a person removes the app's access from their Google account.
   */
  public void setGrantRevoked(boolean revoked) {
    this.grantRevoked = revoked;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      if (path.equals("/token")) {
        if (grantRevoked) {
          reply(
              exchange,
              400,
              Map.of(
                  "error",
                  "invalid_grant",
                  "error_description",
                  "Token has been expired or revoked."));
        } else {
          reply(
              exchange,
              200,
              Map.of("access_token", TOKEN, "token_type", "Bearer", "expires_in", 3600));
        }
        return;
      }
      String override = exchange.getRequestHeaders().getFirst("X-HTTP-Method-Override");
      String method = override != null ? override : exchange.getRequestMethod();
      String raw = exchange.getRequestURI().getRawQuery();
      requests.add(method + " " + path + (raw == null ? "" : "?" + raw));
      if (grantRevoked
          || !("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        // A revoked grant also ends the access tokens it issued.
        error(exchange, 401, "Request had invalid authentication credentials.");
      } else if (down || serverErrors.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        error(exchange, 503, "The service is currently unavailable.");
      } else if (!"true".equals(query.get("supportsAllDrives"))) {
        // Google answers a shared-drive file as 404 when this is missing.
        error(exchange, 404, "File not found: " + path);
      } else {
        route(exchange, method, path, query);
      }
    }
  }

  private synchronized void route(
      HttpExchange exchange, String method, String path, Map<String, String> query)
      throws IOException {
    if (method.equals("GET") && path.equals("/drive/v3/files")) {
      list(exchange, query);
    } else if (method.equals("GET")
        && path.matches("(/download)?/drive/v3/files/[^/]+")
        && "media".equals(query.get("alt"))) {
      if (!path.endsWith("/" + FILE_ID)) {
        error(exchange, 404, "File not found.");
        return;
      }
      byte[] file = current();
      exchange.getResponseHeaders().set("Content-Type", XLSX);
      exchange.sendResponseHeaders(200, file.length);
      exchange.getResponseBody().write(file);
    } else if (method.equals("GET") && path.matches("/drive/v3/files/[^/]+")) {
      if (!path.endsWith("/" + FILE_ID)) {
        error(exchange, 404, "File not found.");
      } else if (!"version".equals(query.get("fields"))) {
        error(exchange, 400, "expected fields=version, got " + query.get("fields"));
      } else {
        reply(exchange, 200, Map.of("version", String.valueOf(revisions.size())));
      }
    } else if (method.equals("PATCH") && path.equals("/upload/drive/v3/files/" + FILE_ID)) {
      update(exchange, query);
    } else {
      error(exchange, 400, "Unexpected request " + method + " " + path);
    }
  }

  private void list(HttpExchange exchange, Map<String, String> query) throws IOException {
    Matcher q = QUERY.matcher(query.getOrDefault("q", ""));
    if (!q.matches()
        || !"files(id,name)".equals(query.get("fields"))
        || !"true".equals(query.get("includeItemsFromAllDrives"))) {
      error(exchange, 400, "Invalid query: " + query);
      return;
    }
    String name = q.group(1).replace("\\'", "'").replace("\\\\", "\\");
    boolean folder = q.group(3).equals("=");
    if (!q.group(4).equals(FOLDER)) {
      error(exchange, 400, "Invalid mimeType in query");
      return;
    }
    List<Object> files = new ArrayList<>();
    for (Item item : items) {
      if (item.name().equals(name)
          && item.parent().equals(q.group(2))
          && item.mimeType().equals(FOLDER) == folder
          && !item.trashed()) {
        files.add(Map.of("id", item.id(), "name", item.name()));
      }
    }
    reply(exchange, 200, Map.of("files", files));
  }

  private void update(HttpExchange exchange, Map<String, String> query) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (!"media".equals(query.get("uploadType"))) {
      error(exchange, 400, "Unsupported uploadType " + query.get("uploadType"));
    } else if (!"version".equals(query.get("fields"))) {
      error(exchange, 400, "expected fields=version, got " + query.get("fields"));
    } else if (type == null || !type.startsWith(XLSX)) {
      error(exchange, 400, "expected an .xlsx upload, got " + type);
    } else {
      InputStream in = exchange.getRequestBody();
      if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
        in = new GZIPInputStream(in);
      }
      revisions.add(in.readAllBytes());
      reply(exchange, 200, Map.of("id", FILE_ID, "version", String.valueOf(revisions.size())));
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void error(HttpExchange exchange, int code, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", message);
    body.put("errors", List.of(Map.of("message", message, "domain", "global")));
    reply(exchange, code, Map.of("error", body));
  }

  private static void reply(HttpExchange exchange, int code, Object body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(code, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
