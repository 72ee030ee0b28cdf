package io.crewdispatch.reporting.statement.folder;

import io.crewdispatch.reporting.statement.application.StatementNotFoundException;
import io.crewdispatch.reporting.statement.application.StatementStore;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StoredStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps statements in {@code <folder>/<yyyy-MM>/<fileName>}: the local stand-in for Drive. A file
 * is copied in under a temporary name and then renamed, so a reader never sees half a workbook.
 */
class LocalFolderStatementStore implements StatementStore {

  private static final Logger log = LoggerFactory.getLogger(LocalFolderStatementStore.class);

  private final Path folder;

  LocalFolderStatementStore(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  @Override
  public StoredStatement store(YearMonth month, BuiltStatement statement) {
    Path target = folder.resolve(month.toString()).resolve(statement.fileName());
    try {
      Files.createDirectories(target.getParent());
      Path partial = target.resolveSibling("." + statement.fileName() + ".partial");
      Files.copy(statement.file(), partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the statement " + statement.ref(), e);
    }
    log.info("event=statement_stored store=local month={} statement={}", month, statement.ref());
    return new StoredStatement(
        statement.kind(),
        statement.captainId(),
        statement.captainEmail(),
        statement.fileName(),
        target.toString(),
        null,
        null);
  }

  @Override
  public InputStream open(StoredStatement statement) {
    try {
      return Files.newInputStream(inside(statement.location()));
    } catch (NoSuchFileException e) {
      throw new StatementNotFoundException(
          "The statement " + statement.ref() + " is no longer in the folder");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the statement " + statement.ref(), e);
    }
  }

  @Override
  public void discard(StoredStatement replaced) {
    try {
      Files.deleteIfExists(inside(replaced.location()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the statement " + replaced.ref(), e);
    }
  }

  /** Refuses any location outside the folder, whatever the manifest says. */
  private Path inside(String location) {
    Path path = Path.of(location).toAbsolutePath().normalize();
    if (!path.startsWith(folder)) {
      throw new StatementNotFoundException("Statement is not in the statements folder");
    }
    return path;
  }
}
