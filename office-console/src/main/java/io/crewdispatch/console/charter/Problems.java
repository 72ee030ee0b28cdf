package io.crewdispatch.console.charter;

import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.databind.json.JsonMapper;

/** Reads an RFC 9457 problem detail from dispatch and says it in the office's words. */
final class Problems {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  static Map<?, ?> read(ClientHttpResponse response) {
    try {
      byte[] body = response.getBody().readAllBytes();
      return body.length == 0 ? Map.of() : JSON.readValue(body, Map.class);
    } catch (IOException | RuntimeException unreadable) {
      return Map.of();
    }
  }

  static String reason(Map<?, ?> problem, HttpStatusCode status) {
    Object detail = problem.get("detail");
    if (detail != null) {
      return detail.toString();
    }
    return switch (status.value()) {
      case 401, 403 -> "You are not allowed to do this. Sign in again with an office account.";
      case 404 -> "Dispatch does not know this charter or call any more.";
      case 409 -> "This cannot be done now: the charter has changed.";
      default -> "Dispatch could not do this (" + status.value() + "). Nothing was changed.";
    };
  }

  /** The other charter a conflict names, under whichever name dispatch gives it. */
  static String charter(Map<?, ?> problem, String self) {
    for (String key : new String[] {"conflictingCharterId", "conflictingCharter", "charterId"}) {
      Object value = problem.get(key);
      if (value != null && !value.toString().equals(self)) {
        return value.toString();
      }
    }
    return null;
  }
}
