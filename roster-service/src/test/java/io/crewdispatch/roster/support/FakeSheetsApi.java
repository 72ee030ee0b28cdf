package io.crewdispatch.roster.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.crewdispatch.roster.sheet.domain.MergedRange;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local server that answers as Google does for what the Sheets adapter uses: the OAuth token
 * endpoint, spreadsheets.get (tabs and merges), values:batchGet (UNFORMATTED_VALUE), values:
 * batchUpdate (RAW), :batchUpdate (addSheet) and Drive's files.get modifiedTime. Request bodies
 * arrive gzipped, as the Google client sends them. It can answer 429 to test back-off.
 */
public final class FakeSheetsApi implements AutoCloseable {

  public static final String SPREADSHEET_ID = "roster-spreadsheet-1";
  public static final String TOKEN = "fake-access-token";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern CELL_RANGE =
      Pattern.compile("'((?:[^']|'')+)'!([A-Z]+)(\\d+)(?::([A-Z]+)(\\d+))?");

  private final HttpServer server;
  private final Map<String, FakeTab> tabs = new LinkedHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger quotaErrors = new AtomicInteger();
  private volatile boolean deleted;
  private long modified = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();
  private int nextSheetId = 1;

  private static final class FakeTab {
    final int sheetId;
    int gridRows = 1000;
    int gridColumns = 26;
    final List<List<Object>> rows = new ArrayList<>();
    final List<MergedRange> merges = new ArrayList<>();

    FakeTab(int sheetId) {
      this.sheetId = sheetId;
    }
  }

  public FakeSheetsApi() {
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

  /** The API calls answered so far (token requests excluded), as "METHOD path". */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  public void clearRequests() {
    requests.clear();
  }

  /** The next {@code count} API calls get 429 RESOURCE_EXHAUSTED. */
  public void failWithQuotaErrors(int count) {
    quotaErrors.set(count);
  }

  /** From now on the spreadsheet answers 404, as a deleted one does. */
  public void setDeleted(boolean deleted) {
    this.deleted = deleted;
  }

  public synchronized void replaceWith(List<Tab> newTabs) {
    tabs.clear();
    for (Tab tab : newTabs) {
      FakeTab fake = new FakeTab(nextSheetId++);
      for (int r = 0; r < tab.rowCount(); r++) {
        List<Object> row = new ArrayList<>();
        for (int c = 0; c < tab.width(r); c++) {
          Object v = tab.value(r, c);
          row.add(
              v instanceof Formula f
                  ? f.value()
                  // dateTimeRenderOption=FORMATTED_STRING, in a US spreadsheet
                  : v instanceof java.time.LocalDate d
                      ? d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear()
                      : v);
        }
        fake.rows.add(row);
      }
      fake.merges.addAll(tab.merges());
      tabs.put(tab.name(), fake);
    }
    touch();
  }

  /** Shrinks (or grows) a tab's grid, as a person deleting empty rows would. */
  public synchronized void setGridRows(String tab, int rows) {
    tabs.get(tab).gridRows = rows;
  }

  public synchronized List<List<String>> tab(String name) {
    FakeTab tab = tabs.get(name);
    List<List<String>> out = new ArrayList<>();
    if (tab != null) {
      for (List<Object> row : tab.rows) {
        out.add(row.stream().map(v -> v == null ? "" : text(v)).toList());
      }
    }
    return out;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/token")) {
        reply(
            exchange,
            200,
            Map.of("access_token", TOKEN, "token_type", "Bearer", "expires_in", 3600));
        return;
      }
      requests.add(exchange.getRequestMethod() + " " + path);
      if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        error(exchange, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials.");
      } else if (quotaErrors.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        error(
            exchange, 429, "RESOURCE_EXHAUSTED", "Quota exceeded for quota metric 'Read requests'");
      } else if (deleted || !path.contains(SPREADSHEET_ID)) {
        error(exchange, 404, "NOT_FOUND", "Requested entity was not found.");
      } else {
        route(exchange, path);
      }
    }
  }

  private synchronized void route(HttpExchange exchange, String path) throws IOException {
    String prefix = "/v4/spreadsheets/" + SPREADSHEET_ID;
    if (path.startsWith("/drive/v3/files/")) {
      reply(exchange, 200, Map.of("modifiedTime", Instant.ofEpochMilli(modified).toString()));
    } else if (path.equals(prefix)) {
      reply(exchange, 200, metadata());
    } else if (path.equals(prefix + "/values:batchGet")) {
      reply(exchange, 200, batchGet(exchange.getRequestURI().getRawQuery()));
    } else if (path.equals(prefix + "/values:batchUpdate")) {
      JsonNode body = body(exchange);
      String outside = outsideGrid(body);
      if (outside != null) {
        error(exchange, 400, "INVALID_ARGUMENT", outside);
      } else {
        reply(exchange, 200, valuesBatchUpdate(body));
      }
    } else if (path.equals(prefix + ":batchUpdate")) {
      reply(exchange, 200, addSheets(body(exchange)));
    } else {
      error(exchange, 404, "NOT_FOUND", "No such method " + path);
    }
  }

  private Map<String, Object> metadata() {
    List<Object> sheets = new ArrayList<>();
    tabs.forEach(
        (title, tab) -> {
          List<Object> merges = new ArrayList<>();
          for (MergedRange m : tab.merges) {
            merges.add(
                Map.of(
                    "sheetId",
                    tab.sheetId,
                    "startRowIndex",
                    m.firstRow(),
                    "endRowIndex",
                    m.lastRow() + 1,
                    "startColumnIndex",
                    m.firstColumn(),
                    "endColumnIndex",
                    m.lastColumn() + 1));
          }
          Map<String, Object> sheet = new LinkedHashMap<>();
          sheet.put(
              "properties",
              Map.of(
                  "sheetId",
                  tab.sheetId,
                  "title",
                  title,
                  "gridProperties",
                  Map.of("rowCount", tab.gridRows, "columnCount", tab.gridColumns)));
          if (!merges.isEmpty()) {
            sheet.put("merges", merges);
          }
          sheets.add(sheet);
        });
    return Map.of("sheets", sheets);
  }

  private Map<String, Object> batchGet(String query) {
    List<Object> ranges = new ArrayList<>();
    for (String pair : query.split("&")) {
      if (!pair.startsWith("ranges=")) {
        continue;
      }
      String range = URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8);
      String title = range.substring(1, range.length() - 1).replace("''", "'");
      FakeTab tab = tabs.get(title);
      boolean formatted = query.contains("valueRenderOption=FORMATTED_VALUE");
      Map<String, Object> valueRange = new LinkedHashMap<>();
      valueRange.put("range", range + "!A1:ZZ" + Math.max(1, tab.rows.size()));
      valueRange.put("majorDimension", "ROWS");
      List<Object> rows = new ArrayList<>();
      for (List<Object> row : trimmed(tab.rows)) {
        rows.add(row.stream().map(v -> v == null ? "" : rendered(v, formatted)).toList());
      }
      if (!rows.isEmpty()) {
        valueRange.put("values", rows);
      }
      ranges.add(valueRange);
    }
    return Map.of("spreadsheetId", SPREADSHEET_ID, "valueRanges", ranges);
  }

  private Map<String, Object> valuesBatchUpdate(JsonNode body) {
    int cells = 0;
    for (JsonNode data : body.get("data")) {
      Matcher m = CELL_RANGE.matcher(data.get("range").asString());
      if (!m.matches()) {
        throw new IllegalArgumentException("Unable to parse range: " + data.get("range"));
      }
      FakeTab tab = tabs.get(m.group(1).replace("''", "'"));
      int row = Integer.parseInt(m.group(3)) - 1;
      int column = column(m.group(2));
      JsonNode values = data.get("values");
      for (int r = 0; r < values.size(); r++) {
        for (int c = 0; c < values.get(r).size(); c++) {
          String value = values.get(r).get(c).asString();
          set(tab, row + r, column + c, value.isEmpty() ? null : value);
          cells++;
        }
      }
    }
    touch();
    return Map.of("spreadsheetId", SPREADSHEET_ID, "totalUpdatedCells", cells);
  }

  /** Google refuses values past a tab's grid rather than growing it. */
  private String outsideGrid(JsonNode body) {
    for (JsonNode data : body.get("data")) {
      Matcher m = CELL_RANGE.matcher(data.get("range").asString());
      if (m.matches()) {
        FakeTab tab = tabs.get(m.group(1).replace("''", "'"));
        int lastRow = Integer.parseInt(m.group(5) == null ? m.group(3) : m.group(5));
        int lastColumn = column(m.group(4) == null ? m.group(2) : m.group(4)) + 1;
        if (tab == null || lastRow > tab.gridRows || lastColumn > tab.gridColumns) {
          return "Range (" + data.get("range").asString() + ") exceeds grid limits.";
        }
      }
    }
    return null;
  }

  private Map<String, Object> addSheets(JsonNode body) {
    List<Object> replies = new ArrayList<>();
    for (JsonNode request : body.get("requests")) {
      if (request.has("appendDimension")) {
        JsonNode append = request.get("appendDimension");
        FakeTab tab =
            tabs.values().stream()
                .filter(t -> t.sheetId == append.get("sheetId").asInt())
                .findFirst()
                .orElseThrow();
        if (append.get("dimension").asString().equals("ROWS")) {
          tab.gridRows += append.get("length").asInt();
        } else {
          tab.gridColumns += append.get("length").asInt();
        }
        replies.add(Map.of());
        continue;
      }
      JsonNode properties = request.get("addSheet").get("properties");
      String title = properties.get("title").asString();
      FakeTab tab = new FakeTab(nextSheetId++);
      JsonNode grid = properties.get("gridProperties");
      if (grid != null) {
        tab.gridRows = grid.get("rowCount").asInt();
        tab.gridColumns = grid.get("columnCount").asInt();
      }
      tabs.put(title, tab);
      replies.add(
          Map.of(
              "addSheet",
              Map.of(
                  "properties",
                  Map.of(
                      "sheetId",
                      tab.sheetId,
                      "title",
                      title,
                      "gridProperties",
                      Map.of("rowCount", tab.gridRows, "columnCount", tab.gridColumns)))));
    }
    touch();
    return Map.of("spreadsheetId", SPREADSHEET_ID, "replies", replies);
  }

  private static void set(FakeTab tab, int row, int column, Object value) {
    while (tab.rows.size() <= row) {
      tab.rows.add(new ArrayList<>());
    }
    List<Object> cells = tab.rows.get(row);
    while (cells.size() <= column) {
      cells.add(null);
    }
    cells.set(column, value);
  }

  /** Google leaves out trailing empty rows and cells. */
  private static List<List<Object>> trimmed(List<List<Object>> rows) {
    List<List<Object>> out = new ArrayList<>();
    for (List<Object> row : rows) {
      int end = row.size();
      while (end > 0 && (row.get(end - 1) == null || "".equals(row.get(end - 1)))) {
        end--;
      }
      out.add(row.subList(0, end));
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static int column(String letters) {
    int n = 0;
    for (char ch : letters.toCharArray()) {
      n = n * 26 + (ch - 'A' + 1);
    }
    return n - 1;
  }

  /** UNFORMATTED_VALUE: numbers as numbers; FORMATTED_VALUE: what the cell shows, as text. */
  private static Object rendered(Object v, boolean formatted) {
    if (v instanceof Percent percent) {
      return formatted ? percent.shown() : percent.fraction();
    }
    if (formatted && v instanceof Boolean bool) {
      return bool ? "TRUE" : "FALSE";
    }
    return formatted ? text(v) : v;
  }

  private static String text(Object v) {
    if (v instanceof Percent percent) {
      return percent.shown();
    }
    if (v instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    return v.toString();
  }

  private void touch() {
    modified += 1000;
  }

  private static JsonNode body(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
      in = new GZIPInputStream(in);
    }
    return JSON.readTree(in.readAllBytes());
  }

  private static void error(HttpExchange exchange, int code, String status, String message)
      throws IOException {
    reply(
        exchange,
        code,
        Map.of(
            "error",
            Map.of(
                "code",
                code,
                "message",
                message,
                "status",
                status,
                "errors",
                List.of(Map.of("message", message, "reason", status.toLowerCase())))));
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
