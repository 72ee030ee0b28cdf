package io.crewdispatch.roster.sheet.xlsx;

import io.crewdispatch.roster.sheet.domain.SheetUnreadableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook file: its version, reading it whole, replacing it in one atomic step. */
final class XlsxFile {

  private XlsxFile() {}

  /**
   * File identity, modification time (to the nanosecond where the file system keeps it) and size: a
   * save in the same second as the last read still moves it.
   */
  static Optional<String> version(Path path) {
    try {
      BasicFileAttributes file = Files.readAttributes(path, BasicFileAttributes.class);
      return Optional.of(
          file.fileKey()
              + "/"
              + file.lastModifiedTime().to(TimeUnit.NANOSECONDS)
              + "/"
              + file.size());
    } catch (NoSuchFileException missing) {
      return Optional.of("missing");
    } catch (IOException unknown) {
      return Optional.empty();
    }
  }

  /** The whole workbook in memory; the file is closed again at once. */
  static Workbook open(Path path) {
    if (!Files.exists(path)) {
      throw new SheetUnreadableException("there is no workbook at " + path);
    }
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException unreadable) {
      throw new SheetUnreadableException(
          "the workbook at " + path + " cannot be read: " + unreadable.getMessage(), unreadable);
    }
    return XlsxWorkbook.parse(in, path.toString());
  }

  /**
   * Writes a temporary file beside the workbook and renames it over the original, so a reader (a
   * person's spreadsheet program, the end-to-end test) sees the old file or the new, never half.
   */
  static void replace(Path path, Workbook workbook) throws IOException {
    Path temp = writeBeside(path, workbook);
    try {
      moveOver(temp, path);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The workbook saved to a new temporary file beside {@code path}; the caller removes it. */
  static Path writeBeside(Path path, Workbook workbook) throws IOException {
    Path temp = path.resolveSibling("." + path.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      workbook.write(out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    return temp;
  }

  /** Renames a file written by {@link #writeBeside} over the workbook in one atomic step. */
  static void moveOver(Path temp, Path path) throws IOException {
    Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
