package io.crewdispatch.notification.delivery.gmail;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Message;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.CredentialsRefusedException;
import io.crewdispatch.notification.delivery.application.PermanentDeliveryException;
import io.crewdispatch.notification.delivery.application.SentMail;
import io.crewdispatch.notification.delivery.application.TransientDeliveryException;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.mime.MimeMessages;
import jakarta.mail.Session;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends with Gmail's {@code users.messages.send} (the raw RFC 822 message), asking the token source
 * for a fresh access token before every call. 429 and 5xx are retried with the configured back-off,
 * or after Retry-After when Gmail sends one; a 400 is the message's fault and permanent.
 */
class GmailTransport {

  private static final Logger log = LoggerFactory.getLogger(GmailTransport.class);

  private final Gmail gmail;
  private final AccessTokenSource tokens;
  private final MimeMessages messages;
  private final NotificationProperties.Gmail settings;
  private final Sleeper sleeper;
  private final Session session = Session.getInstance(new Properties());

  GmailTransport(
      Gmail gmail,
      AccessTokenSource tokens,
      MimeMessages messages,
      NotificationProperties.Gmail settings,
      Sleeper sleeper) {
    this.gmail = gmail;
    this.tokens = tokens;
    this.messages = messages;
    this.settings = settings;
    this.sleeper = sleeper;
  }

  SentMail send(Email email) {
    byte[] mime = MimeMessages.bytes(messages.build(session, email));
    Message raw = new Message().setRaw(Base64.getUrlEncoder().encodeToString(mime));
    List<Duration> backoff = settings.backoff();
    boolean tokenRenewed = false;
    int attempt = 0;
    while (true) {
      Duration wait;
      try {
        Gmail.Users.Messages.Send call = gmail.users().messages().send("me", raw);
        call.getRequestHeaders().setAuthorization("Bearer " + tokens.accessToken());
        return new SentMail(call.execute().getId(), mime);
      } catch (GoogleJsonResponseException e) {
        if (e.getStatusCode() == 401 && !tokenRenewed) {
          // The access token was revoked early; one fresh token decides whether it is the account.
          tokens.invalidate();
          tokenRenewed = true;
          continue;
        }
        wait = waitBeforeRetry(e, attempt).orElseThrow(() -> failure(e));
      } catch (IOException e) {
        wait = attempt < backoff.size() ? backoff.get(attempt) : null;
        if (wait == null) {
          throw new TransientDeliveryException("Gmail unreachable: " + e, e);
        }
      }
      if (attempt >= backoff.size() || wait.compareTo(settings.maxRetryAfter()) > 0) {
        throw new TransientDeliveryException(
            "Gmail still unavailable after " + (attempt + 1) + " attempts", null);
      }
      log.warn("event=gmail_send_retry attempt={} waitMs={}", attempt + 1, wait.toMillis());
      sleeper.sleep(wait);
      attempt++;
    }
  }

  /** How long to wait before trying again, or empty when trying again cannot help. */
  private Optional<Duration> waitBeforeRetry(GoogleJsonResponseException e, int attempt) {
    int status = e.getStatusCode();
    if (status != 429 && status < 500 && !(status == 403 && rateLimited(e))) {
      return Optional.empty();
    }
    Optional<Duration> retryAfter = RetryAfter.parse(e.getHeaders().getRetryAfter());
    List<Duration> backoff = settings.backoff();
    return retryAfter.or(() -> Optional.of(backoff.get(Math.min(attempt, backoff.size() - 1))));
  }

  private static RuntimeException failure(GoogleJsonResponseException e) {
    int status = e.getStatusCode();
    String detail = detail(e);
    if (status == 401 || status == 403) {
      return new CredentialsRefusedException(Problems.gmailRejected(status, detail));
    }
    return new PermanentDeliveryException(
        "Gmail refused the message with HTTP " + status, "Gmail refused the message: " + detail, e);
  }

  private static boolean rateLimited(GoogleJsonResponseException e) {
    String reason = reason(e);
    return reason.contains("RateLimitExceeded")
        || reason.contains("rateLimitExceeded")
        || reason.contains("quotaExceeded")
        || reason.contains("dailyLimitExceeded");
  }

  private static String reason(GoogleJsonResponseException e) {
    GoogleJsonError details = e.getDetails();
    if (details == null || details.getErrors() == null || details.getErrors().isEmpty()) {
      return "";
    }
    return String.valueOf(details.getErrors().get(0).getReason());
  }

  private static String detail(GoogleJsonResponseException e) {
    GoogleJsonError details = e.getDetails();
    return details == null || details.getMessage() == null
        ? e.getStatusMessage()
        : details.getMessage();
  }
}
