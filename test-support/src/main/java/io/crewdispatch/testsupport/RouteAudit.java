package io.crewdispatch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No route is open by accident (DESIGN.md, "Who may do what"): every route the service maps — read
 * from its handler mappings, not from a hand-kept list — is called without a token, with each of
 * its methods, and must answer 401 as a problem detail, unless its pattern is on the declared
 * public list.
 */
public final class RouteAudit {

  /** One mapped route as called: method and the path with sample values for its variables. */
  public record Route(String method, String pattern, String path) {}

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private RouteAudit() {}

  /** Every (method, pattern) the mapping serves; a mapping without methods answers all of them. */
  public static List<Route> routes(RequestMappingHandlerMapping mapping) {
    Set<Route> routes = new LinkedHashSet<>();
    for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      List<String> names =
          methods.isEmpty()
              ? List.of("GET", "POST", "PUT", "DELETE")
              : methods.stream().map(Enum::name).toList();
      for (String pattern : info.getPatternValues()) {
        for (String method : names) {
          routes.add(new Route(method, pattern, samplePath(pattern)));
        }
      }
    }
    return new ArrayList<>(routes);
  }

  /**
   * Calls every route without a token and fails on any that is not refused with 401 and a problem
   * detail, unless its pattern is in {@code publicPatterns}. Returns the routes it checked.
   */
  public static List<Route> assertClosedWithoutToken(
      RequestMappingHandlerMapping mapping, int port, Set<String> publicPatterns) {
    List<Route> routes = routes(mapping);
    List<String> open = new ArrayList<>();
    for (Route route : routes) {
      if (publicPatterns.contains(route.pattern())) {
        continue;
      }
      HttpResponse<String> response = call(port, route.method(), route.path(), null);
      boolean closed =
          response.statusCode() == 401
              && response
                  .headers()
                  .firstValue("Content-Type")
                  .orElse("")
                  .startsWith("application/problem+json")
              && response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer");
      if (!closed) {
        open.add(route.method() + " " + route.pattern() + " answered " + response.statusCode());
      }
    }
    assertThat(open).as("routes answering without a token (not on the public list)").isEmpty();
    return routes;
  }

  /** One request with an optional Authorization header and an empty JSON body for writes. */
  public static HttpResponse<String> call(
      int port, String method, String path, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json")
            .method(
                method,
                "GET".equals(method) || "DELETE".equals(method)
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
    if (!"GET".equals(method) && !"DELETE".equals(method)) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String samplePath(String pattern) {
    Matcher m = VARIABLE.matcher(pattern.replace("/**", "/any/thing").replace("/*", "/any"));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, sample(m.group(1)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String sample(String variable) {
    return switch (variable) {
      case "month", "yyyy-MM" -> "2026-06";
      default -> "sample-" + variable.toLowerCase();
    };
  }
}
