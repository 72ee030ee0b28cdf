package io.crewdispatch.notification.delivery.gmail;

import com.google.api.client.auth.oauth2.TokenResponseException;
import java.nio.file.Path;

/** What to tell a person when Gmail cannot be used: what happened and exactly what to do. */
final class Problems {

  static final String AUTHORIZE =
      "Run `java -jar notification-service.jar authorize` (same GMAIL_* settings) and sign in with"
          + " the sending account";

  private Problems() {}

  static String refused(TokenResponseException e, Path file) {
    String error = e.getDetails() == null ? "HTTP " + e.getStatusCode() : e.getDetails().getError();
    String description =
        e.getDetails() == null || e.getDetails().getErrorDescription() == null
            ? ""
            : " (" + e.getDetails().getErrorDescription() + ")";
    String why =
        "invalid_grant".equals(error)
            ? "the refresh token was revoked or expired, or the account's password changed"
            : "the OAuth client or its consent is no longer valid";
    return "Google refused the Gmail refresh token: "
        + error
        + description
        + ": "
        + why
        + ". "
        + AUTHORIZE
        + " to write a new "
        + file
        + ". Emails are held and go out by themselves once the new file is in place.";
  }

  static String missingFile(Path file) {
    return "No Gmail token file at "
        + file
        + ". "
        + AUTHORIZE
        + " to create it. Emails are held until then.";
  }

  static String noRefreshToken(Path file) {
    return "The Gmail token file "
        + file
        + " has no refresh token. "
        + AUTHORIZE
        + " to write a complete one. Emails are held until then.";
  }

  static String unreadableFile(Path file, Exception e) {
    return "The Gmail token file "
        + file
        + " cannot be read ("
        + e.getMessage()
        + "). "
        + AUTHORIZE
        + " to write it again. Emails are held until then.";
  }

  static String serviceAccountRefused(String detail, String user) {
    return "Google refused the service account's access to "
        + user
        + "'s mailbox ("
        + detail
        + "). In the Google Workspace admin console, check that domain-wide delegation grants"
        + " the client the scope https://www.googleapis.com/auth/gmail.send and that the user"
        + " exists, or replace the key file. Emails are held until then.";
  }

  static String gmailRejected(int status, String detail) {
    return "Gmail refused to send with these credentials (HTTP "
        + status
        + ": "
        + detail
        + "). Check that the account may send mail and that the token has the gmail.send scope; "
        + AUTHORIZE
        + ". Emails are held until then.";
  }
}
