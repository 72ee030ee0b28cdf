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
    @Valid @NotNull @DefaultValue Outbox outbox,
    @Valid @NotNull @DefaultValue SignIn signIn,
    @Valid @NotNull @DefaultValue Portal portal) {

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

  /**
   * The crew portal (DESIGN.md flow 14).
   *
   * @param availabilityDays how many days ahead, today included, a member may set
   * @param timeZone the operator's zone: which day is "today" on the availability form
   * @param sessionLifetime how long the portal's cookie keeps a member in after opening their link
   * @param requestsPerAddress new-link requests per email address per {@code requestPeriod}
   * @param requestsPerIp new-link requests per client address per {@code requestPeriod}
   */
  public record Portal(
      @Min(1) @DefaultValue("90") int availabilityDays,
      @NotBlank @DefaultValue("America/Los_Angeles") String timeZone,
      @NotNull @DefaultValue("30d") Duration sessionLifetime,
      @Min(1) @DefaultValue("3") int requestsPerAddress,
      @Min(1) @DefaultValue("10") int requestsPerIp,
      @NotNull @DefaultValue("1h") Duration requestPeriod) {}

  /**
   * The authorization server (office sign-in and machine clients).
   *
   * @param issuer the issuer every token names and resource servers check; blank means {@code
   *     publicBaseUrl}
   * @param accessTokenLifetime how long an access token is good for
   * @param refreshTokenLifetime how long the console's refresh token is good for
   * @param signingKeyFile the JWKS signing key, created on first start (0600, written atomically)
   *     so tokens survive restarts
   * @param consoleRedirectUri where the office console receives its authorization code
   * @param maxFailures failed sign-ins in a row that lock an account
   * @param lockout how long a locked account stays locked
   * @param attemptsPerMinute sign-in and token requests per client address per minute
   * @param consoleClientSecret the office console's client secret (stored hashed); blank: the
   *     console client is not registered at start (the local seed generates one)
   * @param bookingClients booking systems as {@code clientId:secret}, registered (hashed) at start
   *     with scopes charters:write and charters:read
   */
  public record SignIn(
      @DefaultValue("") String issuer,
      @NotNull @DefaultValue("10m") Duration accessTokenLifetime,
      @NotNull @DefaultValue("8h") Duration refreshTokenLifetime,
      @NotBlank @DefaultValue("var/auth/signing-key.json") String signingKeyFile,
      @NotBlank @DefaultValue("http://localhost:8086/login/oauth2/code/crew-dispatch")
          String consoleRedirectUri,
      @Min(1) @DefaultValue("5") int maxFailures,
      @NotNull @DefaultValue("15m") Duration lockout,
      @Min(1) @DefaultValue("20") int attemptsPerMinute,
      @DefaultValue("") String consoleClientSecret,
      @DefaultValue List<String> bookingClients,
      @Valid @NotNull @DefaultValue Seed seed,
      @Valid @NotNull @DefaultValue Google google) {

    @Override
    public String toString() {
      return "SignIn[issuer=" + issuer + ", seed=" + seed + ", google=" + google + "]";
    }
  }

  /**
   * First-start accounts for a laptop: an office user and the demo booking client, each with a
   * generated secret written (0600) to {@code credentialsFile} and printed once. Off by default;
   * the local profile turns it on.
   */
  public record Seed(
      @DefaultValue("false") boolean enabled,
      @NotBlank @DefaultValue("office@example.com") String officeEmail,
      @NotBlank @DefaultValue("var/auth/local-credentials.properties") String credentialsFile) {}

  /**
   * Office sign-in through Google (OpenID Connect), on when {@code clientId} is set. Only accounts
   * of {@code allowedDomain} (Google's {@code hd} claim) or listed in {@code allowedAddresses} get
   * in, and only with a verified email.
   */
  public record Google(
      @DefaultValue("") String clientId,
      @DefaultValue("") String clientSecret,
      @DefaultValue("") String allowedDomain,
      @DefaultValue List<String> allowedAddresses) {

    public boolean enabled() {
      return !clientId.isBlank();
    }

    @Override
    public String toString() {
      return "Google[clientId=" + clientId + ", allowedDomain=" + allowedDomain + "]";
    }
  }
}
