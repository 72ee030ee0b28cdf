package io.crewdispatch.notification.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything notification-service can be told, under {@code crewdispatch.notification}. The
 * environment variable of each setting is in application.yml and the README.
 *
 * @param operatorTimeZone the office's time zone, for times not tied to a charter (when sending
 *     stopped, in the credentials alert)
 * @param transport how mail leaves: {@code smtp} or {@code gmail}
 * @param officeEmail the office's addresses (the office is often two people; env {@code
 *     OFFICE_EMAIL} takes them comma-separated): every one is CC'd on every call email and receives
 *     every alert and summary. No default: a placeholder would send the office's mail nowhere, so
 *     only the local profile sets one
 * @param officePhones the office's mobile numbers (env {@code OFFICE_PHONES}, comma-separated; none
 *     by default): an alert that mail itself is down (Gmail or SMTP) is texted to each, and so is
 *     its recovery. Checked at start-up: each must read as a number that can take a text
 * @param senderName display name on the From line
 * @param senderEmail address on the From line (the Gmail account itself with the gmail transport)
 * @param companyName the operator's name, shown in every email; no default outside the local
 *     profile, for the same reason
 * @param archiveDir where every sent message is also saved as .eml; blank turns the copy off
 * @param sendRatePerMinute most messages sent per minute (Gmail allows about 150); 0 means no limit
 * @param retryInterval how long an event waits before another try while mail cannot go out
 *     (credentials revoked, Gmail or the SMTP server down)
 * @param claimLease how long a started send may take before another delivery of the same event may
 *     assume the sender died and take over
 * @param logRetention how long notification-log remembers an event (longer than Kafka keeps it)
 * @param sms text messages: which gateway, and its account
 */
@Validated
@ConfigurationProperties("crewdispatch.notification")
public record NotificationProperties(
    @NotNull @DefaultValue("America/Los_Angeles") ZoneId operatorTimeZone,
    @NotNull @DefaultValue("smtp") Transport transport,
    @NotEmpty List<@NotBlank @Email String> officeEmail,
    @NotNull @DefaultValue List<@NotBlank String> officePhones,
    @NotBlank @DefaultValue("Crew Dispatch") String senderName,
    @NotBlank @Email @DefaultValue("dispatch@example.com") String senderEmail,
    @NotBlank String companyName,
    Path archiveDir,
    @Min(0) @DefaultValue("150") int sendRatePerMinute,
    @NotNull @DefaultValue("30s") Duration retryInterval,
    @NotNull @DefaultValue("3m") Duration claimLease,
    @NotNull @DefaultValue("90d") Duration logRetention,
    @Valid @NotNull @DefaultValue Smtp smtp,
    @Valid @NotNull @DefaultValue Gmail gmail,
    @Valid @NotNull @DefaultValue Digest digest,
    @Valid @NotNull @DefaultValue Sms sms,
    @Valid @NotNull @DefaultValue QuietHours quietHours,
    @Valid @NotNull @DefaultValue Schedule schedule) {

  /**
   * No text goes out between {@code start} and {@code end}, local time in the charter's zone (the
   * same hours dispatch starts no call in); a follow-up due then waits for {@code end}.
   */
  public record QuietHours(
      @DefaultValue("true") boolean enabled,
      @NotNull @DefaultValue("21:00") java.time.LocalTime start,
      @NotNull @DefaultValue("07:00") java.time.LocalTime end) {}

  /**
   * Texts and reminders sent later, kept in table {@code notification-schedule}.
   *
   * @param checkInterval how often an instance looks for what is due
   * @param followUpSms text an email call still unanswered at half its window (member has a phone)
   * @param reminderHour local hour, in the charter's zone, of the day-before reminder
   * @param linkKey AES key (base64, 32 bytes) sealing a call's links while its follow-up waits in
   *     the table; blank turns follow-ups off (the links are secrets and are never stored as they
   *     are)
   * @param claimLease how long an instance that took a due item may take to send it
   */
  public record Schedule(
      @NotNull @DefaultValue("15s") Duration checkInterval,
      @DefaultValue("true") boolean followUpSms,
      @NotNull @DefaultValue("09:00") java.time.LocalTime reminderHour,
      @DefaultValue("") String linkKey,
      @NotNull @DefaultValue("2m") Duration claimLease) {}

  /**
   * Text messages.
   *
   * @param gateway {@code file} (one text file per message in {@code dir}, the local default) or
   *     {@code twilio}
   * @param dir where the file gateway writes
   * @param defaultRegion the country a roster number without {@code +} is dialled in (ISO code)
   * @param twilio Twilio's Messages API
   */
  public record Sms(
      @NotNull @DefaultValue("file") SmsGateway gateway,
      @DefaultValue("var/sms") Path dir,
      @NotBlank @DefaultValue("US") String defaultRegion,
      @Valid @NotNull @DefaultValue Twilio twilio) {}

  /** The carriers a text message can leave by. */
  public enum SmsGateway {
    FILE,
    TWILIO
  }

  /**
   * Twilio: the account, who the message is from, and where Twilio is.
   *
   * @param accountSid the account ({@code AC…})
   * @param authToken the account's auth token; or leave blank and give an API key
   * @param apiKey an API key's SID ({@code SK…}), used with {@code apiSecret} instead of the token
   * @param apiSecret the API key's secret
   * @param from the sending number (E.164); or leave blank and give a messaging service
   * @param messagingServiceSid a messaging service ({@code MG…}) that picks the sender
   * @param statusCallback where Twilio posts delivery status; blank for none
   * @param baseUrl Twilio's API (a local server in tests)
   * @param backoff waits between attempts after a 429 or 5xx, before the event is retried later
   * @param timeout connect and read timeout
   */
  public record Twilio(
      @DefaultValue("") String accountSid,
      @DefaultValue("") String authToken,
      @DefaultValue("") String apiKey,
      @DefaultValue("") String apiSecret,
      @DefaultValue("") String from,
      @DefaultValue("") String messagingServiceSid,
      @DefaultValue("") String statusCallback,
      @NotNull @DefaultValue("https://api.twilio.com") URI baseUrl,
      @NotEmpty @DefaultValue({"1s", "2s", "4s"}) List<Duration> backoff,
      @NotNull @DefaultValue("10s") Duration timeout) {}

  @AssertTrue(
      message =
          "TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET) and"
              + " TWILIO_FROM (or TWILIO_MESSAGING_SERVICE_SID) are required with SMS_GATEWAY=twilio")
  public boolean isTwilioComplete() {
    if (sms.gateway() != SmsGateway.TWILIO) {
      return true;
    }
    Twilio t = sms.twilio();
    boolean credentials =
        !t.authToken().isBlank() || (!t.apiKey().isBlank() && !t.apiSecret().isBlank());
    boolean sender = !t.from().isBlank() || !t.messagingServiceSid().isBlank();
    return !t.accountSid().isBlank() && credentials && sender;
  }

  /**
   * The office's digest of dead-lettered records.
   *
   * @param gap at most one digest email per this long
   * @param checkInterval how often an instance looks whether a digest is due
   */
  public record Digest(
      @NotNull @DefaultValue("15m") Duration gap,
      @NotNull @DefaultValue("30s") Duration checkInterval) {}

  /** The transports mail can leave by. */
  public enum Transport {
    SMTP,
    GMAIL
  }

  /**
   * SMTP: the transport itself, and the office-alert channel when the Gmail transport fails.
   *
   * @param host server; blank means no SMTP at all
   * @param port server port
   * @param username login; blank means no authentication
   * @param password login password
   * @param startTls require STARTTLS
   * @param timeout connect and read timeout
   */
  public record Smtp(
      @DefaultValue("") String host,
      @Min(1) @DefaultValue("25") int port,
      @DefaultValue("") String username,
      @DefaultValue("") String password,
      @DefaultValue("false") boolean startTls,
      @NotNull @DefaultValue("10s") Duration timeout) {

    public boolean configured() {
      return host != null && !host.isBlank();
    }
  }

  /**
   * Gmail API.
   *
   * @param auth {@code user} (an OAuth refresh token in {@code tokenFile}) or {@code
   *     service-account} (domain-wide delegation to {@code delegatedUser})
   * @param tokenFile the OAuth token file the {@code authorize} command writes and the service
   *     keeps fresh
   * @param clientId OAuth client id (overrides the one in the token file)
   * @param clientSecret OAuth client secret (overrides the one in the token file)
   * @param serviceAccountFile a service account's JSON key, for {@code service-account}
   * @param delegatedUser the mailbox a service account sends as
   * @param rootUrl Gmail API root URL (a local server in tests)
   * @param tokenUri Google's token endpoint (a local server in tests)
   * @param authorizationUri Google's consent page, for the {@code authorize} command
   * @param authorizePort local port the {@code authorize} command listens on for Google's redirect;
   *     0 picks a free one
   * @param refreshMargin refresh the access token when it expires sooner than this
   * @param backoff waits between attempts of a failed token refresh or a 429/5xx send
   * @param maxRetryAfter the longest Retry-After the transport honours before giving the event back
   *     to Kafka to retry later
   * @param timeout connect and read timeout of each API call
   */
  public record Gmail(
      @NotNull @DefaultValue("user") GmailAuth auth,
      @DefaultValue("var/gmail-token.json") Path tokenFile,
      @DefaultValue("") String clientId,
      @DefaultValue("") String clientSecret,
      Path serviceAccountFile,
      @DefaultValue("") String delegatedUser,
      @NotNull @DefaultValue("https://gmail.googleapis.com/") URI rootUrl,
      @NotNull @DefaultValue("https://oauth2.googleapis.com/token") URI tokenUri,
      @NotNull @DefaultValue("https://accounts.google.com/o/oauth2/auth") URI authorizationUri,
      @Min(0) @DefaultValue("8888") int authorizePort,
      @NotNull @DefaultValue("5m") Duration refreshMargin,
      @NotEmpty @DefaultValue({"1s", "2s", "4s", "8s"}) List<Duration> backoff,
      @NotNull @DefaultValue("60s") Duration maxRetryAfter,
      @NotNull @DefaultValue("30s") Duration timeout) {}

  /** How the Gmail transport gets its access tokens. */
  public enum GmailAuth {
    USER,
    SERVICE_ACCOUNT
  }

  @AssertTrue(message = "SMTP_HOST is required when NOTIFICATION_TRANSPORT=smtp")
  public boolean isSmtpConfiguredWhenChosen() {
    return transport != Transport.SMTP || smtp.configured();
  }

  @AssertTrue(
      message =
          "GMAIL_SERVICE_ACCOUNT_FILE and GMAIL_DELEGATED_USER are required with"
              + " GMAIL_AUTH=service-account")
  public boolean isServiceAccountComplete() {
    return transport != Transport.GMAIL
        || gmail.auth() != GmailAuth.SERVICE_ACCOUNT
        || (gmail.serviceAccountFile() != null && !gmail.delegatedUser().isBlank());
  }

  /** Whether a copy of every message is kept on disk. */
  public boolean archiving() {
    return archiveDir != null && !archiveDir.toString().isBlank();
  }
}
