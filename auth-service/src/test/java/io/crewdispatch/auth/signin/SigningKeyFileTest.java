package io.crewdispatch.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFileTest {

  @TempDir Path dir;

  @Test
  void theKeyIsCreatedOnceReadableByItsOwnerOnlyAndSurvivesARestart() throws Exception {
    Path file = dir.resolve("auth/signing-key.json");

    RSAKey first = SigningKeyFile.loadOrCreate(file);
    RSAKey again = SigningKeyFile.loadOrCreate(file);

    assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
    assertThat(again.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    try (var left = Files.list(file.getParent())) {
      assertThat(left).containsExactly(file); // no temporary file left behind
    }
  }

  @Test
  void theLocalCredentialsAreKeptTooAndPrivate() throws Exception {
    Path file = dir.resolve("credentials.properties");
    LocalCredentials first = LocalCredentials.loadOrCreate(file, "office@example.com");
    LocalCredentials again = LocalCredentials.loadOrCreate(file, "office@example.com");
    assertThat(again).isEqualTo(first);
    assertThat(first.officePassword()).hasSizeGreaterThanOrEqualTo(24);
    assertThat(first.demoBookingSecret()).isNotEqualTo(first.officePassword());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }
}
