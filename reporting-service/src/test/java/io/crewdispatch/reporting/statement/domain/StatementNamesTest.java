package io.crewdispatch.reporting.statement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatementNamesTest {

  static final YearMonth MAY = YearMonth.of(2024, 5);

  @Test
  void theDefaultsAreTheOfficesHabit() {
    StatementNames names = StatementNames.officeDefaults();

    assertThat(names.summary(MAY)).isEqualTo("May 2024 Revenue Statement.xlsx");
    assertThat(names.sheet(MAY)).isEqualTo("May 2024");
    assertThat(names.person(MAY, "Morgan Tide")).isEqualTo("May 2024 Statement — Morgan Tide.xlsx");
    assertThat(names.payroll(MAY)).isEqualTo("May 2024 Payroll.csv");
  }

  @Test
  void charactersDriveOrAFileSystemRefuseAreRemoved() {
    StatementNames names = StatementNames.officeDefaults();

    assertThat(names.person(MAY, "../Mo/rgan \\Ti:de*?\"<>|\u0000\u0007\r\n  Jr."))
        .isEqualTo("May 2024 Statement — ..Morgan Tide Jr..xlsx");
    assertThat(names.person(MAY, "x".repeat(500)))
        .hasSize(StatementNames.MAX_LENGTH + ".xlsx".length());
    assertThat(
            new StatementNames("MMMM yyyy", Locale.US, "{name}", "{name}", "{name}", "{name}")
                .summary(MAY))
        .isEqualTo("statement.xlsx");
  }

  @Test
  void theSettingChangesTheNames() {
    StatementNames names =
        new StatementNames(
            "yyyy-MM", Locale.US, "Statement {month}", "{month} {name}", "Pay {month}", "Charters");

    assertThat(names.summary(MAY)).isEqualTo("Statement 2024-05.xlsx");
    assertThat(names.person(MAY, "Morgan Tide")).isEqualTo("2024-05 Morgan Tide.xlsx");
    assertThat(names.payroll(MAY)).isEqualTo("Pay 2024-05.csv");
    assertThat(names.sheet(MAY)).isEqualTo("Charters");
  }
}
