package io.crewdispatch.notification.delivery.twilio;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The SDK's own HTTP client, sending every request to {@code baseUrl} instead of {@code
 * https://api.twilio.com} (a local Twilio in tests; the real one in production), and making one
 * attempt per call: the SDK would otherwise retry a 5xx three times 100 ms apart by itself, under
 * the adapter's own back-off (and Apache's client once more).
 */
final class RebasedHttpClient extends HttpClient {

  private final NetworkHttpClient network;
  private final String baseUrl;

  RebasedHttpClient(URI baseUrl, Duration timeout) {
    Timeout t = Timeout.ofMilliseconds(timeout.toMillis());
    PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager();
    connections.setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(t).build());
    connections.setDefaultConnectionConfig(
        ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build());
    connections.setDefaultMaxPerRoute(10);
    connections.setMaxTotal(10);
    // Apache's client would retry a 429 or 503 by itself (once, after a second), hidden from
    // the adapter's back-off and its count of attempts.
    this.network =
        new NetworkHttpClient(
            HttpClientBuilder.create()
                .useSystemProperties()
                .disableAutomaticRetries()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(
                    RequestConfig.custom()
                        .setConnectionRequestTimeout(t)
                        .setResponseTimeout(t)
                        .build()));
    String base = baseUrl.toString();
    this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  @Override
  public Response reliableRequest(Request request) {
    return makeRequest(request);
  }

  @Override
  public Response reliableRequest(
      Request request, int[] retryCodes, int retries, long delayMillis) {
    return makeRequest(request);
  }

  @Override
  public Response makeRequest(Request request) {
    return network.makeRequest(rebased(request));
  }

  private Request rebased(Request original) {
    Request copy = new Request(original.getMethod(), baseUrl + path(original.getUrl()));
    original.getQueryParams().forEach((k, vs) -> vs.forEach(v -> copy.addQueryParam(k, v)));
    original.getPostParams().forEach((k, vs) -> vs.forEach(v -> copy.addPostParam(k, v)));
    original.getHeaderParams().forEach((k, vs) -> vs.forEach(v -> copy.addHeaderParam(k, v)));
    if (original.getAuthStrategy() != null) {
      copy.setAuth(original.getAuthStrategy());
    } else if (original.getUsername() != null) {
      copy.setAuth(original.getUsername(), original.getPassword());
    }
    if (original.getContentType() != null) {
      copy.setContentType(original.getContentType());
    }
    if (original.getBody() != null) {
      copy.setBody(original.getBody());
    }
    copy.setUserAgentExtensions(original.getUserAgentExtensions());
    return copy;
  }

  private static String path(String url) {
    try {
      return new URL(url).getPath();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("Twilio request URL is not a URL", e);
    }
  }
}
