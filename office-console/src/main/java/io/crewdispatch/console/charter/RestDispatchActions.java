package io.crewdispatch.console.charter;

import io.crewdispatch.console.config.ConsoleProperties;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * dispatch-service's office API over HTTP with the user's bearer token. A refusal is read from the
 * problem detail dispatch answers with; a failure to reach dispatch is said as such.
 */
@Component
class RestDispatchActions implements DispatchActions {

  private static final Logger log = LoggerFactory.getLogger(RestDispatchActions.class);

  private final RestClient client;
  private final String base;

  RestDispatchActions(
      @Qualifier("officeRestClient") RestClient client, ConsoleProperties properties) {
    this.client = client;
    this.base = properties.dispatchUrl().toString().replaceAll("/$", "");
  }

  @Override
  public Outcome act(String charterId, String path, Map<String, Object> body) {
    try {
      return client
          .post()
          .uri(base + "/api/charters/{id}/" + path, charterId)
          .contentType(MediaType.APPLICATION_JSON)
          .body(body)
          .exchange(
              (request, response) -> {
                HttpStatusCode status = response.getStatusCode();
                if (status.is2xxSuccessful()) {
                  return Outcome.ok();
                }
                Map<?, ?> problem = Problems.read(response);
                log.info(
                    "event=office_action_refused charterId={} action={} status={}",
                    charterId,
                    path,
                    status.value());
                return new Outcome(
                    false, Problems.reason(problem, status), Problems.charter(problem, charterId));
              });
    } catch (RestClientException e) {
      log.warn(
          "event=office_action_failed charterId={} action={} error={}",
          charterId,
          path,
          e.getClass().getSimpleName());
      return new Outcome(
          false,
          "Dispatch could not be reached. Nothing was changed: try again in a minute.",
          null);
    }
  }
}
