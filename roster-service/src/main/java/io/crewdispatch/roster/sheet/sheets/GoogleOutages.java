package io.crewdispatch.roster.sheet.sheets;

import io.crewdispatch.events.Integration;
import io.crewdispatch.platform.ops.IntegrationStates;
import io.crewdispatch.roster.config.RosterProperties;
import java.io.IOException;

/**
 * Every Google HTTP attempt told to platform's {@link IntegrationStates}: a 5xx, a 429 or a timeout
 * counts towards an outage (DOWN once failures outlast the threshold, as retries do), an answered
 * request ends it (UP). A refused refresh token (invalid_grant) or a 401 that a fresh token did not
 * cure is DOWN at once: only a person can fix it, so the event says how.
 */
final class GoogleOutages {

  private final IntegrationStates states;
  private final Integration integration;
  private final String whatToDo;

  GoogleOutages(IntegrationStates states, RosterProperties properties) {
    this.states = states;
    boolean drive = properties.source() == RosterProperties.Source.DRIVE;
    this.integration = drive ? Integration.DRIVE : Integration.SHEETS;
    this.whatToDo =
        "Re-authorize roster-service's Google account: make a new refresh token (or service-account"
            + " key) with the "
            + (drive ? "drive" : "spreadsheets and drive.metadata.readonly")
            + " scope, save it as the file SHEETS_CREDENTIALS_FILE names, and restart"
            + " roster-service.";
  }

  void answered(int status) {
    if (status < 400) {
      states.succeeded(integration);
    } else if (status == 429 || status >= 500) {
      states.failed(integration, service() + " answered " + status, null, false);
    }
    // 403 and 404 are about one file (not shared, deleted): the health indicator says which.
  }

  void unreachable(String how) {
    states.failed(integration, service() + " could not be reached: " + how, null, false);
  }

  /**
   * The token endpoint refused the refresh token or key (invalid_grant and its kin: revoked,
   * expired, deleted client); any other failure to get a token is an outage like any other.
   */
  void tokenFailed(IOException failure) {
    String message = String.valueOf(failure.getMessage());
    if (message.contains("invalid_grant")
        || message.contains("invalid_client")
        || message.contains("unauthorized_client")) {
      unauthorized(message.contains("invalid_grant") ? "invalid_grant" : "client refused");
    } else {
      unreachable("no access token: " + failure.getClass().getSimpleName());
    }
  }

  void unauthorized(String detail) {
    states.failed(integration, service() + " refused our credentials: " + detail, whatToDo, true);
  }

  private String service() {
    return integration == Integration.DRIVE ? "Google Drive" : "Google Sheets";
  }
}
