package io.crewdispatch.reporting.statement.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.json.GenericJson;
import com.google.api.client.json.gson.GsonFactory;
import io.crewdispatch.reporting.config.ReportingProperties;
import io.crewdispatch.reporting.statement.application.StatementNotFoundException;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StatementKind;
import io.crewdispatch.reporting.statement.domain.StoredStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * The Drive store with the real google-api-services-drive client and Google's auth library (a
 * service-account key whose token URI points at the fake) against a local server that answers like
 * Drive v3.
 */
class DriveStatementStoreTest {

  static final YearMonth JUNE = YearMonth.of(2026, 6);
  static final String FOLDER = "folder-statements-0001";

  /** One invented service account's key for the whole class: RSA key generation is slow. */
  static String privateKeyPem;

  @TempDir Path dir;
  FakeDrive fake;
  BuiltStatement workbook;

  @BeforeAll
  static void generateKey() throws Exception {
    privateKey();
  }

  /** An invented service account's RSA key, made once per test run (generation is slow). */
  static synchronized String privateKey() throws Exception {
    if (privateKeyPem != null) {
      return privateKeyPem;
    }
    var generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    privateKeyPem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    return privateKeyPem;
  }

  @BeforeEach
  void start() throws Exception {
    fake = new FakeDrive();
    workbook = workbook("statement-2026-06-ops-summary.xlsx", 20);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  DriveStatementStore store(long multipartLimit, List<String> shareWith) throws Exception {
    ReportingProperties.Drive settings =
        new ReportingProperties.Drive(
            FOLDER,
            shareWith,
            "writer",
            serviceAccountKey().toString(),
            fake.rootUrl(),
            DataSize.ofBytes(multipartLimit),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5));
    return new DriveStatementStore(
        DriveClients.create(settings),
        FOLDER,
        shareWith,
        "writer",
        multipartLimit,
        new DriveHealth(null));
  }

  @Test
  void uploadsOneMultipartRequestConvertedToAGoogleSheetInTheFolder() throws Exception {
    StoredStatement stored =
        store(5_000_000, List.of("office@example.com", " ")).store(JUNE, workbook);

    List<FakeDrive.Request> uploads = fake.requests("POST", "/upload/drive/v3/files");
    assertThat(uploads).hasSize(1);
    FakeDrive.Request upload = uploads.get(0);
    assertThat(FakeDrive.query(upload.uri(), "uploadType")).isEqualTo("multipart");
    assertThat(FakeDrive.query(upload.uri(), "supportsAllDrives")).isEqualTo("true");
    assertThat(upload.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(upload.header("Content-Type")).startsWith("multipart/related");
    List<byte[]> parts = FakeDrive.Multipart.parts(upload.header("Content-Type"), upload.body());
    GenericJson metadata =
        GsonFactory.getDefaultInstance()
            .fromString(new String(parts.get(0), StandardCharsets.UTF_8), GenericJson.class);
    assertThat(metadata.get("mimeType")).isEqualTo("application/vnd.google-apps.spreadsheet");
    assertThat(metadata.get("parents")).isEqualTo(List.of(FOLDER));
    assertThat(metadata.get("name")).isEqualTo("statement-2026-06-ops-summary");
    assertThat(FakeDrive.Multipart.headersOf(upload.header("Content-Type"), upload.body(), 1))
        .containsIgnoringCase(
            "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(parts.get(1)).isEqualTo(Files.readAllBytes(workbook.file()));

    assertThat(stored.driveFileId()).isNotBlank();
    assertThat(stored.webViewLink())
        .isEqualTo(
            "https://docs.google.com/spreadsheets/d/"
                + stored.driveFileId()
                + "/edit?usp=drivesdk");
    assertThat(stored.location()).isEqualTo(stored.webViewLink());
    assertThat(stored.kind()).isEqualTo(StatementKind.OPS_SUMMARY);
    assertThat(fake.requests("POST", "/token")).hasSize(1);
  }

  @Test
  void sharesTheSheetWithEachGivenAddressWithoutGooglesOwnEmail() throws Exception {
    StoredStatement stored =
        store(5_000_000, List.of("office@example.com", "owner@example.com")).store(JUNE, workbook);

    List<FakeDrive.Request> shares =
        fake.requests("POST", "/drive/v3/files/" + stored.driveFileId() + "/permissions");
    assertThat(shares).hasSize(2);
    assertThat(FakeDrive.query(shares.get(0).uri(), "sendNotificationEmail")).isEqualTo("false");
    GenericJson permission =
        GsonFactory.getDefaultInstance().fromString(shares.get(0).text(), GenericJson.class);
    assertThat(permission)
        .containsEntry("type", "user")
        .containsEntry("role", "writer")
        .containsEntry("emailAddress", "office@example.com");
  }

  @Test
  void aWorkbookOverTheMultipartLimitGoesByResumableUpload() throws Exception {
    StoredStatement stored = store(1_000, List.of()).store(JUNE, workbook);

    FakeDrive.Request start = fake.requests("POST", "/upload/drive/v3/files").get(0);
    assertThat(FakeDrive.query(start.uri(), "uploadType")).isEqualTo("resumable");
    GenericJson metadata =
        GsonFactory.getDefaultInstance().fromString(start.text(), GenericJson.class);
    assertThat(metadata.get("mimeType")).isEqualTo("application/vnd.google-apps.spreadsheet");
    assertThat(metadata.get("parents")).isEqualTo(List.of(FOLDER));
    assertThat(fake.files.get(stored.driveFileId())).isEqualTo(Files.readAllBytes(workbook.file()));
  }

  @Test
  void aDownloadExportsTheSheetAsXlsx() throws Exception {
    DriveStatementStore store = store(5_000_000, List.of());
    StoredStatement stored = store.store(JUNE, workbook);

    try (InputStream in = store.open(stored);
        XSSFWorkbook opened = new XSSFWorkbook(in)) {
      assertThat(opened.getSheetAt(0).getRow(19).getCell(0).getStringCellValue())
          .isEqualTo("row 19");
    }
    FakeDrive.Request export = fake.requests("GET", "/download/drive/v3/files/").get(0);
    assertThat(FakeDrive.query(export.uri(), "mimeType"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  @Test
  void thePayrollIsKeptAsACsvFileAndDownloadedAsItIs() throws Exception {
    Path csv = dir.resolve("June 2026 Payroll.csv");
    Files.writeString(csv, "crewId,name,charters,dayRateTotal,shareTotal,total\r\n");
    DriveStatementStore store = store(5_000_000, List.of());

    StoredStatement stored =
        store.store(
            JUNE,
            new BuiltStatement(StatementKind.PAYROLL, null, null, "June 2026 Payroll.csv", csv));

    FakeDrive.Request upload = fake.requests("POST", "/upload/drive/v3/files").get(0);
    List<byte[]> parts = FakeDrive.Multipart.parts(upload.header("Content-Type"), upload.body());
    GenericJson metadata =
        GsonFactory.getDefaultInstance()
            .fromString(new String(parts.get(0), StandardCharsets.UTF_8), GenericJson.class);
    assertThat(metadata.get("mimeType")).isEqualTo("text/csv");
    assertThat(metadata.get("name")).isEqualTo("June 2026 Payroll.csv");
    assertThat(parts.get(1)).isEqualTo(Files.readAllBytes(csv));
    try (InputStream in = store.open(stored)) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(csv));
    }
    assertThat(fake.requests("GET", "/download/drive/v3/files/" + stored.driveFileId()))
        .singleElement()
        .satisfies(get -> assertThat(FakeDrive.query(get.uri(), "alt")).isEqualTo("media"));
  }

  @Test
  void aSheetGoneFromDriveIsNotFound() throws Exception {
    StoredStatement gone =
        new StoredStatement(
            StatementKind.OPS_SUMMARY,
            null,
            null,
            "statement-2026-06-ops-summary.xlsx",
            "x",
            "file-gone",
            "x");

    assertThatThrownBy(() -> store(5_000_000, List.of()).open(gone))
        .isInstanceOf(StatementNotFoundException.class);
  }

  @Test
  void aReplacedStatementIsMovedToTheTrash() throws Exception {
    DriveStatementStore store = store(5_000_000, List.of());
    StoredStatement old = store.store(JUNE, workbook);

    store.discard(old);

    FakeDrive.Request trash = fake.requests("PATCH", "/drive/v3/files/" + old.driveFileId()).get(0);
    assertThat(GsonFactory.getDefaultInstance().fromString(trash.text(), GenericJson.class))
        .containsEntry("trashed", true);
  }

  @Test
  void aCredentialsFileOfAnotherKindIsRefused() throws IOException {
    Path file = dir.resolve("odd.json");
    Files.writeString(file, "{\"type\":\"external_account\"}");

    assertThatThrownBy(() -> DriveClients.credentials(file.toString()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expected service_account or authorized_user");
  }

  @Test
  void aMissingCredentialsFileIsNamedWithItsSetting() {
    assertThatThrownBy(() -> DriveClients.credentials(dir.resolve("absent.json").toString()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("GOOGLE_APPLICATION_CREDENTIALS")
        .hasMessageContaining("absent.json");
  }

  private BuiltStatement workbook(String name, int rows) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = workbook.createSheet("Charters");
      for (int r = 0; r < rows; r++) {
        sheet.createRow(r).createCell(0).setCellValue("row " + r);
      }
      workbook.write(out);
    }
    return new BuiltStatement(StatementKind.OPS_SUMMARY, null, null, name, file);
  }

  /** A service-account key of an invented account whose token endpoint is the fake's. */
  private Path serviceAccountKey() throws Exception {
    GenericJson key = new GenericJson();
    key.setFactory(GsonFactory.getDefaultInstance());
    key.put("type", "service_account");
    key.put("project_id", "crew-dispatch-test");
    key.put("private_key_id", "key-1");
    key.put("private_key", privateKeyPem);
    key.put("client_email", "statements@crew-dispatch-test.iam.gserviceaccount.com");
    key.put("client_id", "1234567890");
    key.put("token_uri", fake.tokenUri());
    Path file = dir.resolve("service-account.json");
    Files.writeString(file, key.toPrettyString());
    return file;
  }
}
