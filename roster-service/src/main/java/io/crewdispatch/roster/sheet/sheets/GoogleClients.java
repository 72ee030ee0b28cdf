package io.crewdispatch.roster.sheet.sheets;

import com.google.api.client.http.HttpBackOffIOExceptionHandler;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler;
import com.google.api.client.http.HttpExecuteInterceptor;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpUnsuccessfulResponseHandler;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.ExponentialBackOff;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.DriveScopes;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.SheetsScopes;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.auth.oauth2.UserCredentials;
import io.crewdispatch.platform.ops.IntegrationStates;
import io.crewdispatch.roster.config.RosterProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The real Google clients for Sheets v4 and Drive v3 (for the spreadsheet's modifiedTime), with the
 * configured root URLs, credentials from a service-account or authorized-user JSON file, and
 * exponential back-off with jitter on 429 and 5xx: Sheets allows 60 requests a minute per user.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(GoogleClients.GoogleSource.class)
class GoogleClients {

  /** The Google spreadsheet, or the workbook kept in Drive. */
  static final class GoogleSource extends AnyNestedCondition {

    GoogleSource() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(prefix = "crewdispatch.roster", name = "source", havingValue = "sheets")
    static final class Sheets {}

    @ConditionalOnProperty(prefix = "crewdispatch.roster", name = "source", havingValue = "drive")
    static final class Drive {}
  }

  private static final String APPLICATION = "crew-dispatch-roster-service";

  @Bean
  HttpRequestInitializer googleRequests(
      RosterProperties properties, MeterRegistry meters, IntegrationStates states)
      throws IOException {
    RosterProperties.Sheets config = properties.sheets();
    HttpCredentialsAdapter auth =
        new HttpCredentialsAdapter(credentials(config, scopes(properties.source())));
    RosterProperties.Retry retry = config.retry();
    Counter calls = meters.counter("crewdispatch.roster.google.requests");
    GoogleOutages outages = new GoogleOutages(states, properties);
    return request -> {
      auth.initialize(request);
      HttpExecuteInterceptor authorize = request.getInterceptor();
      request.setInterceptor(
          r -> {
            calls.increment(); // every attempt counts against the quota, retries included
            if (authorize != null) {
              try {
                authorize.intercept(r);
              } catch (IOException tokenRefused) {
                outages.tokenFailed(tokenRefused);
                throw tokenRefused;
              }
            }
          });
      request.setResponseInterceptor(response -> outages.answered(response.getStatusCode()));
      HttpUnsuccessfulResponseHandler refresh = request.getUnsuccessfulResponseHandler();
      var backOff =
          new HttpBackOffUnsuccessfulResponseHandler(backOff(retry))
              .setBackOffRequired(r -> r.getStatusCode() == 429 || r.getStatusCode() >= 500);
      request.setUnsuccessfulResponseHandler(
          (r, response, retrying) -> {
            if (refresh != null && refresh.handleResponse(r, response, retrying)) {
              return true;
            }
            if (response.getStatusCode() == 401) {
              outages.unauthorized("401, and a new access token could not be had or did not help");
            }
            return backOff.handleResponse(r, response, retrying);
          });
      var ioBackOff = new HttpBackOffIOExceptionHandler(backOff(retry));
      request.setIOExceptionHandler(
          (r, retrying) -> {
            outages.unreachable("no answer (timed out or connection refused)");
            return ioBackOff.handleIOException(r, retrying);
          });
      request.setConnectTimeout(20_000);
      request.setReadTimeout(30_000);
    };
  }

  @Bean
  Sheets sheetsClient(RosterProperties properties, HttpRequestInitializer requests) {
    return new Sheets.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), requests)
        .setRootUrl(properties.sheets().rootUrl())
        .setApplicationName(APPLICATION)
        .build();
  }

  @Bean
  Drive driveClient(RosterProperties properties, HttpRequestInitializer requests) {
    return new Drive.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), requests)
        .setRootUrl(properties.sheets().driveRootUrl())
        .setApplicationName(APPLICATION)
        .build();
  }

  private static ExponentialBackOff backOff(RosterProperties.Retry retry) {
    return new ExponentialBackOff.Builder()
        .setInitialIntervalMillis((int) retry.initialInterval().toMillis())
        .setMaxIntervalMillis((int) retry.maxInterval().toMillis())
        .setMaxElapsedTimeMillis((int) retry.maxElapsed().toMillis())
        .setRandomizationFactor(0.5)
        .setMultiplier(2.0)
        .build();
  }

  /**
   * Sheets: the spreadsheet, and Drive only for its modifiedTime. A workbook kept in Drive is
   * downloaded and replaced by a new revision, which needs the full Drive scope (drive.file covers
   * only files this service created).
   */
  private static List<String> scopes(RosterProperties.Source source) {
    return source == RosterProperties.Source.DRIVE
        ? List.of(DriveScopes.DRIVE)
        : List.of(SheetsScopes.SPREADSHEETS, DriveScopes.DRIVE_METADATA_READONLY);
  }

  private static GoogleCredentials credentials(RosterProperties.Sheets config, List<String> scopes)
      throws IOException {
    GoogleCredentials credentials;
    // An unset environment variable binds as an empty value: treat it as not configured.
    if (config.credentialsFile() == null || config.credentialsFile().toString().isBlank()) {
      credentials = GoogleCredentials.getApplicationDefault();
    } else {
      try (InputStream in = Files.newInputStream(config.credentialsFile())) {
        credentials = GoogleCredentials.fromStream(in);
      }
    }
    if (config.tokenUri() != null && !config.tokenUri().toString().isBlank()) {
      if (credentials instanceof UserCredentials user) {
        credentials = user.toBuilder().setTokenServerUri(config.tokenUri()).build();
      } else if (credentials instanceof ServiceAccountCredentials account) {
        credentials = account.toBuilder().setTokenServerUri(config.tokenUri()).build();
      }
    }
    return credentials.createScoped(scopes);
  }
}
