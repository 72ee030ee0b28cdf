package io.crewdispatch.console.system;

import io.crewdispatch.console.config.ConsoleProperties;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** Asks each service's management port how it is, all at once, within the health timeout. */
@Component
class ServiceHealth {

  private final RestClient client;
  private final Map<String, URI> endpoints;

  ServiceHealth(@Qualifier("healthRestClient") RestClient client, ConsoleProperties properties) {
    this.client = client;
    this.endpoints = properties.health();
  }

  record Health(String service, String state, String words) {}

  List<Health> all() {
    List<CompletableFuture<Health>> asks = new ArrayList<>();
    endpoints.forEach(
        (service, uri) -> asks.add(CompletableFuture.supplyAsync(() -> ask(service, uri))));
    return asks.stream()
        .map(CompletableFuture::join)
        .sorted(java.util.Comparator.comparing(Health::service))
        .toList();
  }

  private Health ask(String service, URI uri) {
    try {
      Map<?, ?> body = client.get().uri(uri).retrieve().body(Map.class);
      String status = body == null ? "UNKNOWN" : String.valueOf(body.get("status"));
      return new Health(
          service,
          status,
          "UP".equals(status) ? "Working" : "Not working: " + status.toLowerCase());
    } catch (RestClientResponseException answered) {
      return new Health(
          service, "DOWN", "Not working (it answered " + answered.getStatusCode().value() + ")");
    } catch (RuntimeException unreachable) {
      return new Health(service, "UNREACHABLE", "Not answering: is it running?");
    }
  }
}
