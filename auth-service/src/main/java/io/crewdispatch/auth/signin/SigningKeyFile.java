package io.crewdispatch.auth.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The key that signs every token, kept in a file so tokens (and the keys resource servers have
 * cached) survive a restart. Created once: written to a 0600 temporary file and hard-linked into
 * place, which fails if another instance got there first — then that instance's key is used, so two
 * instances starting together still agree on one key.
 */
public final class SigningKeyFile {

  private SigningKeyFile() {}

  public static RSAKey loadOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return read(file);
      }
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp =
          FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
              ? Files.createTempFile(
                  dir,
                  ".signing-key",
                  ".tmp",
                  PosixFilePermissions.asFileAttribute(
                      PosixFilePermissions.fromString("rw-------")))
              : Files.createTempFile(dir, ".signing-key", ".tmp");
      try {
        Files.writeString(temp, generate().toJSONString(), StandardCharsets.UTF_8);
        Files.createLink(file, temp);
      } catch (FileAlreadyExistsException anotherInstanceWon) {
        // fall through and read the winner's key
      } finally {
        Files.deleteIfExists(temp);
      }
      return read(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the signing key at " + file, e);
    }
  }

  private static RSAKey read(Path file) throws IOException {
    try {
      return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (ParseException e) {
      throw new IllegalStateException("The signing key at " + file + " is not an RSA JWK", e);
    }
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
