package io.crewdispatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataInLogsTest {

  @TempDir Path dir;
  Path workbook;
  Path logs;

  @BeforeEach
  void rosterOfOne() throws Exception {
    workbook = dir.resolve("roster.xlsx");
    logs = Files.createDirectory(dir.resolve("logs"));
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(workbook)) {
      Sheet roster = book.createSheet("Roster");
      row(roster, 0, "Crew ID", "Name", "Rank", "Email", "Phone");
      row(
          roster,
          1,
          "wren-jetty",
          "Wren Jetty",
          "Crew",
          "wren-jetty@example.com",
          "+1 619 555 0199");
      book.write(out);
    }
  }

  @Test
  void findsANameAnAddressAndANumberAsTypedOrAsE164ButNotACrewId() throws Exception {
    Files.writeString(
        logs.resolve("reporting-service.log"),
        """
        {"message":"event=statement_stored month=2026-12 file=December 2026 Statement — Wren Jetty.xlsx"}
        {"message":"event=statement_stored month=2026-12 statement=crew/wren-jetty"}
        """);
    Files.writeString(
        logs.resolve("notification-service.log"),
        """
        {"message":"550 5.1.1 <WREN-JETTY@example.com>: Recipient address rejected"}
        {"message":"The 'To' number +16195550199 is not a valid phone number"}
        {"message":"office says +1 619 555 0199"}
        """);
    Files.writeString(logs.resolve("office-console.cds"), "Wren Jetty (not a log)");

    List<String> found = PersonalDataInLogs.find(workbook, logs, "office@example.com");

    assertThat(found)
        .containsExactly(
            "notification-service.log: wren-jetty@example.com: {\"message\":\"550 5.1.1"
                + " <WREN-JETTY@example.com>: Recipient address rejected\"}",
            "notification-service.log: +16195550199: {\"message\":\"The 'To' number +16195550199"
                + " is not a valid phone number\"}",
            "notification-service.log: +1 619 555 0199: {\"message\":\"office says +1 619 555"
                + " 0199\"}",
            "reporting-service.log: Wren Jetty: {\"message\":\"event=statement_stored"
                + " month=2026-12 file=December 2026 Statement — Wren Jetty.xlsx\"}");
  }

  @Test
  void aLogOfCrewIdsAloneIsClean() throws Exception {
    Files.writeString(
        logs.resolve("dispatch-service.log"),
        "{\"message\":\"event=captain_called charterId=c-1 crewId=wren-jetty\"}\n");

    assertThat(PersonalDataInLogs.find(workbook, logs)).isEmpty();
  }

  @Test
  void noLogToLookInIsAFailureNotAPass() {
    assertThatThrownBy(() -> PersonalDataInLogs.find(workbook, logs))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no log to look in");
  }

  private static void row(Sheet sheet, int index, String... cells) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < cells.length; i++) {
      row.createCell(i).setCellValue(cells[i]);
    }
  }
}
