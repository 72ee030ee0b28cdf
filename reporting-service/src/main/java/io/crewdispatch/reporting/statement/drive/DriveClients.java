package io.crewdispatch.reporting.statement.drive;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.GenericJson;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.DriveScopes;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.auth.oauth2.UserCredentials;
import io.crewdispatch.reporting.config.ReportingProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the Drive client: credentials from a service-account key or an authorized-user file (or
 * Application Default Credentials), the API root (tests point it at a local server), timeouts.
 */
final class DriveClients {

  private DriveClients() {}

  static Drive create(ReportingProperties.Drive settings) throws IOException {
    GoogleCredentials credentials = credentials(settings.credentialsFile());
    if (credentials.createScopedRequired()) {
      // Full Drive scope: the folder was made by a person, not by this app (drive.file is not
      // enough).
      credentials = credentials.createScoped(List.of(DriveScopes.DRIVE));
    }
    HttpCredentialsAdapter authorizer = new HttpCredentialsAdapter(credentials);
    HttpRequestInitializer initializer =
        request -> {
          authorizer.initialize(request);
          request.setConnectTimeout((int) settings.connectTimeout().toMillis());
          request.setReadTimeout((int) settings.readTimeout().toMillis());
        };
    Drive.Builder builder =
        new Drive.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), initializer)
            .setApplicationName("crew-dispatch-reporting");
    if (settings.rootUrl() != null && !settings.rootUrl().isBlank()) {
      String root =
          settings.rootUrl().endsWith("/") ? settings.rootUrl() : settings.rootUrl() + "/";
      builder.setRootUrl(root);
    }
    return builder.build();
  }

  /**
   * Reads only the two credential types this service expects, rather than anything a JSON file
   * claims to be (Google's advice for files from outside).
   */
  static GoogleCredentials credentials(String file) throws IOException {
    if (file == null || file.isBlank()) {
      return GoogleCredentials.getApplicationDefault();
    }
    byte[] json;
    try {
      json = Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw new IllegalStateException(
          "GOOGLE_APPLICATION_CREDENTIALS (crewdispatch.reporting.drive.credentials-file) names "
              + file
              + ", which cannot be read",
          e);
    }
    Object type =
        GsonFactory.getDefaultInstance()
            .fromString(new String(json, StandardCharsets.UTF_8), GenericJson.class)
            .get("type");
    if ("service_account".equals(type)) {
      return ServiceAccountCredentials.fromStream(new ByteArrayInputStream(json));
    }
    if ("authorized_user".equals(type)) {
      return UserCredentials.fromStream(new ByteArrayInputStream(json));
    }
    throw new IllegalStateException(
        "Google credentials file "
            + file
            + " has type "
            + type
            + "; expected service_account or authorized_user");
  }
}
