package io.crewdispatch.notification.delivery.gmail;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The OAuth token file. Written atomically: the new content goes to a temporary file in the same
 * folder, created with mode 0600, forced to disk, then renamed over the old one and the folder
 * synced. A crash at any point leaves either the old file or the new one, never half of either.
 */
class TokenFile {

  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private static final Gson GSON =
      new GsonBuilder()
          .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
          .setPrettyPrinting()
          .create();

  /** Writes the bytes to the open temporary file; tests make it fail half-way. */
  @FunctionalInterface
  interface ChannelWriter {
    void write(FileChannel channel, ByteBuffer bytes) throws IOException;
  }

  private final Path path;
  private final ChannelWriter writer;

  TokenFile(Path path) {
    this(path, TokenFile::writeFully);
  }

  TokenFile(Path path, ChannelWriter writer) {
    this.path = path.toAbsolutePath();
    this.writer = writer;
  }

  Path path() {
    return path;
  }

  /** The stored token, or empty when there is no file. */
  Optional<StoredToken> read() throws IOException {
    try {
      String json = Files.readString(path, StandardCharsets.UTF_8);
      return Optional.ofNullable(GSON.fromJson(json, StoredToken.class));
    } catch (NoSuchFileException missing) {
      return Optional.empty();
    } catch (JsonParseException e) {
      throw new IOException("The token file is not valid JSON", e);
    }
  }

  void write(StoredToken token) throws IOException {
    byte[] bytes = GSON.toJson(token).getBytes(StandardCharsets.UTF_8);
    Path folder = path.getParent();
    Files.createDirectories(folder);
    Path temporary = folder.resolve("." + path.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try (FileChannel channel = FileChannel.open(temporary, createOptions(), ownerOnly(folder))) {
      writer.write(channel, ByteBuffer.wrap(bytes));
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    Files.move(
        temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    syncFolder(folder);
  }

  /** Identifies the file's content, so a replaced file is noticed; "missing" when absent. */
  String fingerprint() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchFileException missing) {
      return "missing";
    } catch (IOException e) {
      return "unreadable";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<StandardOpenOption> createOptions() {
    return Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  private static FileAttribute<?>[] ownerOnly(Path folder) {
    if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
    }
    return new FileAttribute<?>[0];
  }

  private static void writeFully(FileChannel channel, ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  /** Makes the rename itself durable; not every platform can open a folder, which is fine. */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort: the rename is already atomic
    }
  }
}
