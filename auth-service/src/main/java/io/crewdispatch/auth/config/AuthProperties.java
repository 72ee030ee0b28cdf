package io.crewdispatch.auth.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything auth-service can be told, under {@code crewdispatch.auth}.
 *
 * @param publicBaseUrl where crew reach this service, e.g. {@code https://crew.example.com}; the
 *     links in every email start with it
 */
@Validated
@ConfigurationProperties("crewdispatch.auth")
public record AuthProperties(
    @NotBlank
        @Pattern(
            regexp = "https?://[^?#\\s]+",
            message = "must be an absolute http(s) URL without query or fragment")
        String publicBaseUrl,
    @Valid @NotNull Token token,
    @Valid @NotNull @DefaultValue Link link,
    @Valid @NotNull @DefaultValue RateLimit rateLimit,
    @Valid @NotNull @DefaultValue Outbox outbox) {

  /**
   * The server secret links are derived from. There is no default: a service without its own key
   * refuses to start.
   *
   * @param key base64 of at least 32 random bytes
   * @param keyId names the key; stored with each call so its links can be re-derived after a
   *     rotation
   * @param retiredKeys earlier keys still needed for calls in flight, each {@code id:base64}
   */
  public record Token(
      @NotBlank String key, @NotBlank String keyId, @DefaultValue List<String> retiredKeys) {

    @Override
    public String toString() {
      return "Token[keyId=" + keyId + "]"; // never the secrets
    }
  }

  /**
   * @param grace how long after {@code respondBy} a link still works (never past departure)
   * @param retention when DynamoDB may delete a link's records (TTL)
   * @param formLifetime how long a rendered page's form can still be submitted
   */
  public record Link(
      @NotNull @DefaultValue("30m") Duration grace,
      @NotNull @DefaultValue("90d") Duration retention,
      @NotNull @DefaultValue("12h") Duration formLifetime) {}

  /**
   * Token buckets on the crew pages: each client address and each token gets {@code *Requests} per
   * {@code *Period}, refilled smoothly.
   *
   * @param trackedClients how many addresses and tokens are remembered (least recent forgotten)
   */
  public record RateLimit(
      @Min(1) @DefaultValue("60") int perIpRequests,
      @NotNull @DefaultValue("1m") Duration perIpPeriod,
      @Min(1) @DefaultValue("10") int perTokenRequests,
      @NotNull @DefaultValue("1m") Duration perTokenPeriod,
      @Min(1) @DefaultValue("100000") int trackedClients) {}

  /**
   * @param interval how often answers the broker never acknowledged are re-published
   * @param minAge how old such an answer must be (younger ones are still being sent)
   */
  public record Outbox(
      @NotNull @DefaultValue("5s") Duration interval,
      @NotNull @DefaultValue("10s") Duration minAge) {}
}
