package io.crewdispatch.roster.sheet.sheets;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import java.io.IOException;

/** What a failed Google call means to the office, for the health indicator and the 503. */
final class SheetsErrors {

  private SheetsErrors() {}

  static String reason(IOException failed, String spreadsheetId) {
    if (failed instanceof GoogleJsonResponseException response) {
      return switch (response.getStatusCode()) {
        case 404 -> "spreadsheet " + spreadsheetId + " was not found (deleted, or a wrong id)";
        case 403 ->
            "access to spreadsheet " + spreadsheetId + " was refused (is it shared with us?)";
        case 401 -> "the Sheets API refused our credentials";
        default ->
            "the Sheets API answered "
                + response.getStatusCode()
                + (response.getDetails() == null ? "" : ": " + response.getDetails().getMessage());
      };
    }
    // The auth library's GoogleAuthException is not public; its name is what it tells us.
    if (failed.getClass().getSimpleName().equals("GoogleAuthException")) {
      return "authorization failed: " + failed.getMessage();
    }
    return "the Sheets API could not be reached: " + failed;
  }
}
