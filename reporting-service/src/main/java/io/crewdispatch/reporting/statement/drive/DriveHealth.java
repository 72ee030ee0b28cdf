package io.crewdispatch.reporting.statement.drive;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.auth.Retryable;
import io.crewdispatch.events.Integration;
import io.crewdispatch.platform.ops.IntegrationStates;
import java.io.IOException;
import java.util.Set;

/**
 * What Drive's answers say about Drive, reported to the platform's {@link IntegrationStates}
 * (IntegrationStateChanged on ops-events): a 5xx, a rate limit, a timeout or a dropped connection
 * is an outage that comes back by itself (DOWN once it outlasts the platform's threshold); refused
 * credentials or a folder this service may not write to need a person (DOWN at once, with what to
 * do); any answer that is neither, a 404 included, means Drive is up. Details name the operation
 * and the status, never a file name (file names carry people's names).
 */
final class DriveHealth {

  static final String REAUTHORIZE =
      "Drive refused reporting-service's credentials. Put a valid key in the file named by"
          + " GOOGLE_APPLICATION_CREDENTIALS (a new service-account key, or the office account"
          + " authorized again with `gcloud auth application-default login"
          + " --scopes=https://www.googleapis.com/auth/drive`) and restart reporting-service; the"
          + " statements are then uploaded by the next build.";
  static final String SHARE_FOLDER =
      "Drive refused to let reporting-service write to the statements folder. Share the folder"
          + " named by DRIVE_FOLDER_ID with the account reporting-service signs in as (as a"
          + " writer); the statements are then uploaded by the next build.";

  private static final Set<String> RATE_LIMITS =
      Set.of("rateLimitExceeded", "userRateLimitExceeded", "sharingRateLimitExceeded");

  private final IntegrationStates states;

  /** {@code states} may be null (no ops-events in this context): nothing is reported. */
  DriveHealth(IntegrationStates states) {
    this.states = states;
  }

  void answered() {
    if (states != null) {
      states.succeeded(Integration.DRIVE);
    }
  }

  /** Reports {@code failure} of {@code operation} ("upload", "export", "trash") by its kind. */
  void failed(String operation, IOException failure) {
    if (states == null) {
      return;
    }
    if (failure instanceof GoogleJsonResponseException response) {
      int status = response.getStatusCode();
      String detail = "Drive answered " + status + " to " + operation;
      if (status == 401) {
        states.failed(Integration.DRIVE, detail, REAUTHORIZE, true);
      } else if (status == 403 && !rateLimited(response.getDetails())) {
        states.failed(Integration.DRIVE, detail, SHARE_FOLDER, true);
      } else if (status == 403 || status == 429 || status >= 500) {
        states.failed(Integration.DRIVE, detail, null, false);
      } else {
        answered();
      }
    } else if (failure instanceof Retryable auth && !auth.isRetryable()) {
      // Google's auth library: the token endpoint refused the credentials (invalid_grant, a
      // deleted or disabled key); a retry cannot help.
      states.failed(
          Integration.DRIVE,
          "Google's token endpoint refused the credentials on " + operation,
          REAUTHORIZE,
          true);
    } else {
      states.failed(
          Integration.DRIVE,
          operation + " failed: " + failure.getClass().getSimpleName(),
          null,
          false);
    }
  }

  private static boolean rateLimited(GoogleJsonError details) {
    return details != null
        && details.getErrors() != null
        && details.getErrors().stream().anyMatch(e -> RATE_LIMITS.contains(e.getReason()));
  }
}
