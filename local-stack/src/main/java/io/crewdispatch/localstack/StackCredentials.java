package io.crewdispatch.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What auth-service generated for this laptop on its first start (kept 0600 under var/auth): the
 * office user's password, the demo booking client's secret and the office console's secret.
 */
public record StackCredentials(
    String officeEmail,
    String officePassword,
    String demoBookingSecret,
    String consoleSecret,
    String opsSecret) {

  public static final String DEMO_BOOKING = "demo-booking";
  public static final String OFFICE_CONSOLE = "office-console";
  public static final String LOCAL_OPS = "local-ops";

  public static StackCredentials read(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("auth-service has not written " + file + " yet", e);
    }
    return new StackCredentials(
        p.getProperty("office.email"),
        p.getProperty("office.password"),
        p.getProperty(DEMO_BOOKING + ".client-secret"),
        p.getProperty(OFFICE_CONSOLE + ".client-secret"),
        p.getProperty(LOCAL_OPS + ".client-secret"));
  }

  /**
   * The console's secret when an earlier start of auth-service wrote it to {@code file}, else
   * empty: then the console must wait until auth-service has started and written it.
   */
  static java.util.Optional<String> consoleSecretWritten(Path file) {
    if (!Files.exists(file)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.ofNullable(read(file).consoleSecret()).filter(s -> !s.isBlank());
  }

  @Override
  public String toString() {
    return "StackCredentials[" + officeEmail + "]";
  }
}
