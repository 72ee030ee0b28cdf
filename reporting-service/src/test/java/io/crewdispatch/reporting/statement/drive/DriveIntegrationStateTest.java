package io.crewdispatch.reporting.statement.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.json.GenericJson;
import com.google.api.client.json.gson.GsonFactory;
import io.crewdispatch.events.Integration;
import io.crewdispatch.events.IntegrationState;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.platform.ops.IntegrationStates;
import io.crewdispatch.platform.ops.OpsEvents;
import io.crewdispatch.reporting.config.ReportingProperties;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StatementKind;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Drive's outages as IntegrationStateChanged: the real Drive client and auth library against the
 * local Drive-shaped server made to fail and then recover, reported through the platform's real
 * {@link IntegrationStates} (30 s threshold, a clock the test moves) to ops-events (recorded).
 */
class DriveIntegrationStateTest {

  static final YearMonth JUNE = YearMonth.of(2026, 6);

  @TempDir Path dir;
  FakeDrive fake;
  Instant now = Instant.parse("2026-07-01T13:00:00Z");
  final List<IntegrationStateChanged> said = new CopyOnWriteArrayList<>();
  IntegrationStates states;
  DriveStatementStore store;
  BuiltStatement workbook;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeDrive();
    OpsEvents ops =
        new OpsEvents(null, "reporting-service") {
          @Override
          public void integrationStateChanged(IntegrationStateChanged event) {
            said.add(event);
          }
        };
    states = new IntegrationStates(ops, clock(), Duration.ofSeconds(30));
    ReportingProperties.Drive settings =
        new ReportingProperties.Drive(
            "folder-1",
            List.of(),
            "writer",
            serviceAccountKey().toString(),
            fake.rootUrl(),
            DataSize.ofMegabytes(5),
            Duration.ofSeconds(2),
            Duration.ofMillis(500));
    store =
        new DriveStatementStore(
            DriveClients.create(settings),
            "folder-1",
            List.of(),
            "writer",
            5_000_000,
            new DriveHealth(states));
    Path file = dir.resolve("June 2026 Revenue Statement.xlsx");
    Files.write(file, new byte[] {'P', 'K', 3, 4});
    workbook =
        new BuiltStatement(
            StatementKind.OPS_SUMMARY, null, null, "June 2026 Revenue Statement.xlsx", file);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void uploadsFailingWith5xxBeyondTheThresholdSayDriveIsDownThenUpWhenOneSucceeds() {
    Instant start = now;
    fake.failWith = 503;
    assertThatThrownBy(() -> store.store(JUNE, workbook)).isInstanceOf(UncheckedIOException.class);
    now = now.plusSeconds(20);
    assertThatThrownBy(() -> store.store(JUNE, workbook)).isInstanceOf(UncheckedIOException.class);
    assertThat(said).as("failures shorter than the threshold say nothing").isEmpty();

    now = now.plusSeconds(15); // the next build's retry, 35 s after the first failure
    assertThatThrownBy(() -> store.store(JUNE, workbook)).isInstanceOf(UncheckedIOException.class);
    IntegrationStateChanged down = awaitSaid(1);
    assertThat(down.getIntegration()).isEqualTo(Integration.DRIVE);
    assertThat(down.getState()).isEqualTo(IntegrationState.DOWN);
    assertThat(down.getService()).isEqualTo("reporting-service");
    assertThat(down.getSince()).isEqualTo(start);
    assertThat(down.getDetail()).isEqualTo("Drive answered 503 to upload");
    assertThat(down.getWhatToDo()).as("comes back by itself").isNull();

    fake.failWith = 0;
    now = now.plusSeconds(30);
    store.store(JUNE, workbook);
    IntegrationStateChanged up = awaitSaid(2);
    assertThat(up.getIntegration()).isEqualTo(Integration.DRIVE);
    assertThat(up.getState()).isEqualTo(IntegrationState.UP);
  }

  @Test
  void aFailedUploadNamesTheStatementByItsKindAndCrewIdNotByItsPerson() throws Exception {
    Path file = dir.resolve("June 2026 Statement — Wren Jetty.xlsx");
    Files.write(file, new byte[] {'P', 'K', 3, 4});
    BuiltStatement captains =
        new BuiltStatement(
            StatementKind.CAPTAIN,
            "wren-jetty",
            "wren-jetty@example.com",
            file.getFileName().toString(),
            file);
    fake.failWith = 503;

    // Whoever logs or reports it (the run, the API's problem, a framework's error log), the
    // message names no one.
    assertThatThrownBy(() -> store.store(JUNE, captains))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("Drive upload of the statement captain/wren-jetty failed");
  }

  @Test
  void uploadsTimingOutBeyondTheThresholdSayDriveIsDown() {
    fake.stallMillis = 1_500; // the client's read timeout is 500 ms
    assertThatThrownBy(() -> store.store(JUNE, workbook)).isInstanceOf(UncheckedIOException.class);
    now = now.plusSeconds(31);
    assertThatThrownBy(() -> store.store(JUNE, workbook)).isInstanceOf(UncheckedIOException.class);

    IntegrationStateChanged down = awaitSaid(1);
    assertThat(down.getState()).isEqualTo(IntegrationState.DOWN);
    assertThat(down.getDetail()).isEqualTo("upload failed: SocketTimeoutException");

    fake.stallMillis = 0;
    store.store(JUNE, workbook);
    assertThat(awaitSaid(2).getState()).isEqualTo(IntegrationState.UP);
  }

  @Test
  void refusedCredentialsSayDriveIsDownAtOnceWithWhatAPersonMustDo() {
    fake.refuseCredentials = true;
    assertThatThrownBy(() -> store.store(JUNE, workbook)).isInstanceOf(UncheckedIOException.class);

    IntegrationStateChanged down = awaitSaid(1);
    assertThat(down.getState()).isEqualTo(IntegrationState.DOWN);
    assertThat(down.getDetail())
        .isEqualTo("Google's token endpoint refused the credentials on upload");
    assertThat(down.getWhatToDo())
        .isEqualTo(DriveHealth.REAUTHORIZE)
        .contains("GOOGLE_APPLICATION_CREDENTIALS");
    assertThat(fake.requests("POST", "/upload/")).as("nothing reached Drive").isEmpty();

    fake.refuseCredentials = false;
    store.store(JUNE, workbook);
    assertThat(awaitSaid(2).getState()).isEqualTo(IntegrationState.UP);
  }

  @Test
  void aFolderThisServiceMayNotWriteToSaysDriveIsDownAtOnceWithWhatToShare() {
    fake.failWith = 403;
    assertThatThrownBy(() -> store.store(JUNE, workbook)).isInstanceOf(UncheckedIOException.class);

    IntegrationStateChanged down = awaitSaid(1);
    assertThat(down.getDetail()).isEqualTo("Drive answered 403 to upload");
    assertThat(down.getWhatToDo()).isEqualTo(DriveHealth.SHARE_FOLDER);
  }

  private IntegrationStateChanged awaitSaid(int count) {
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> said.size() >= count);
    assertThat(said).hasSize(count);
    return said.get(count - 1);
  }

  private Clock clock() {
    return new Clock() {
      @Override
      public Instant instant() {
        return now;
      }

      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }
    };
  }

  private Path serviceAccountKey() throws Exception {
    GenericJson key = new GenericJson();
    key.setFactory(GsonFactory.getDefaultInstance());
    key.put("type", "service_account");
    key.put("project_id", "crew-dispatch-test");
    key.put("private_key_id", "key-1");
    key.put("private_key", DriveStatementStoreTest.privateKey());
    key.put("client_email", "statements@crew-dispatch-test.iam.gserviceaccount.com");
    key.put("client_id", "1234567890");
    key.put("token_uri", fake.tokenUri());
    Path file = dir.resolve("service-account.json");
    Files.writeString(file, key.toPrettyString());
    return file;
  }
}
