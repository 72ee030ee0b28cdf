package io.crewdispatch.notification.delivery.gmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OAuth token file is replaced atomically, readable by its owner only. */
class TokenFileTest {

  @TempDir Path folder;

  @Test
  void writtenFileIsReadableByItsOwnerOnlyAndReadsBack() throws IOException {
    Path path = folder.resolve("secrets/gmail-token.json");
    TokenFile file = new TokenFile(path);

    file.write(token("refresh-1"));

    assertThat(Files.getPosixFilePermissions(path)).isEqualTo(TokenFile.OWNER_ONLY);
    assertThat(file.read())
        .hasValueSatisfying(t -> assertThat(t.refreshToken()).isEqualTo("refresh-1"));
    assertThat(Files.readString(path))
        .contains("\"type\": \"authorized_user\"", "\"refresh_token\": \"refresh-1\"");
  }

  @Test
  void replacingAFileThatOthersCouldReadLeavesOnlyTheOwnerAbleTo() throws IOException {
    Path path = folder.resolve("gmail-token.json");
    Files.writeString(path, "{}");
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));

    new TokenFile(path).write(token("refresh-1"));

    assertThat(Files.getPosixFilePermissions(path)).isEqualTo(TokenFile.OWNER_ONLY);
  }

  @Test
  void crashHalfWayThroughAWriteLeavesTheOldFileIntact() throws IOException {
    Path path = folder.resolve("gmail-token.json");
    new TokenFile(path).write(token("refresh-old"));
    String before = Files.readString(path);
    TokenFile crashing =
        new TokenFile(
            path,
            (channel, bytes) -> {
              channel.write(ByteBuffer.wrap(bytes.array(), 0, bytes.remaining() / 2));
              throw new IOException("disk unplugged");
            });

    assertThatThrownBy(() -> crashing.write(token("refresh-new"))).hasMessage("disk unplugged");

    assertThat(Files.readString(path)).isEqualTo(before);
    assertThat(new TokenFile(path).read().orElseThrow().refreshToken()).isEqualTo("refresh-old");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(path);
    }
  }

  @Test
  void temporaryFileLeftByAKilledProcessIsNeverRead() throws IOException {
    Path path = folder.resolve("gmail-token.json");
    new TokenFile(path).write(token("refresh-old"));
    Files.writeString(folder.resolve(".gmail-token.json.dead.tmp"), "{\"refresh_tok");

    assertThat(new TokenFile(path).read().orElseThrow().refreshToken()).isEqualTo("refresh-old");
  }

  @Test
  void fingerprintChangesWhenAPersonReplacesTheFile() throws IOException {
    Path path = folder.resolve("gmail-token.json");
    TokenFile file = new TokenFile(path);
    assertThat(file.fingerprint()).isEqualTo("missing");
    file.write(token("refresh-1"));
    String first = file.fingerprint();

    file.write(token("refresh-2"));

    assertThat(file.fingerprint()).isNotEqualTo(first).hasSize(64);
  }

  static StoredToken token(String refreshToken) {
    return new StoredToken(
        StoredToken.TYPE,
        "client-1",
        "secret-1",
        refreshToken,
        null,
        null,
        "https://www.googleapis.com/auth/gmail.send",
        "2026-06-01T16:00:00Z");
  }
}
