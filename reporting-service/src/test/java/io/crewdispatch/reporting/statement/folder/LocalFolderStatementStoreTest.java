package io.crewdispatch.reporting.statement.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.reporting.statement.application.StatementNotFoundException;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StatementKind;
import io.crewdispatch.reporting.statement.domain.StoredStatement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderStatementStoreTest {

  static final YearMonth JUNE = YearMonth.of(2026, 6);

  @TempDir Path work;
  @TempDir Path folder;

  @Test
  void keepsEachWorkbookUnderItsMonthAndReadsItBack() throws IOException {
    LocalFolderStatementStore store = new LocalFolderStatementStore(folder);
    BuiltStatement built = built("statement-2026-06-alex-marlow.xlsx", "first");

    StoredStatement stored = store.store(JUNE, built);

    Path expected = folder.resolve("2026-06").resolve("statement-2026-06-alex-marlow.xlsx");
    assertThat(stored.location()).isEqualTo(expected.toString());
    assertThat(stored.captainId()).isEqualTo("alex-marlow");
    assertThat(stored.driveFileId()).isNull();
    assertThat(Files.readString(expected)).isEqualTo("first");
    assertThat(folder.resolve("2026-06")).isDirectoryNotContaining("glob:**.partial");
    try (InputStream in = store.open(stored)) {
      assertThat(new String(in.readAllBytes())).isEqualTo("first");
    }
  }

  @Test
  void aRebuildReplacesTheFileInPlace() throws IOException {
    LocalFolderStatementStore store = new LocalFolderStatementStore(folder);
    store.store(JUNE, built("statement-2026-06-alex-marlow.xlsx", "first"));

    StoredStatement again =
        store.store(JUNE, built("statement-2026-06-alex-marlow.xlsx", "second"));

    assertThat(Files.readString(Path.of(again.location()))).isEqualTo("second");
  }

  @Test
  void aFileDeletedFromTheFolderIsNotFoundAndADiscardedOneIsGone() throws IOException {
    LocalFolderStatementStore store = new LocalFolderStatementStore(folder);
    StoredStatement stored = store.store(JUNE, built("statement-2026-06-casey.xlsx", "x"));

    store.discard(stored);

    assertThat(Path.of(stored.location())).doesNotExist();
    assertThatThrownBy(() -> store.open(stored)).isInstanceOf(StatementNotFoundException.class);
  }

  @Test
  void neverReadsOutsideItsFolder() {
    LocalFolderStatementStore store = new LocalFolderStatementStore(folder);
    StoredStatement elsewhere =
        new StoredStatement(
            StatementKind.OPS_SUMMARY,
            null,
            null,
            "passwd",
            folder.resolve("../../etc/passwd").toString(),
            null,
            null);

    assertThatThrownBy(() -> store.open(elsewhere)).isInstanceOf(StatementNotFoundException.class);
  }

  private BuiltStatement built(String name, String content) throws IOException {
    Path file = work.resolve(name);
    Files.writeString(file, content);
    return new BuiltStatement(
        StatementKind.CAPTAIN,
        name.replace("statement-2026-06-", "").replace(".xlsx", ""),
        "captain@example.com",
        name,
        file);
  }
}
