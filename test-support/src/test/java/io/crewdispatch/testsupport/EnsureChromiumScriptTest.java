package io.crewdispatch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .mvn/ensure-chromium}, the step that lets {@code ./mvnw -B verify} run on a machine
 * without a browser. The machine running this test has Chromium (other tests need it), so each case
 * runs the script with a PATH of only fake commands: no browser, an {@code id} that says who runs
 * it, and an {@code apt-get} that records its arguments and, on install, puts a {@code chromium} on
 * that PATH as Debian's package would.
 */
class EnsureChromiumScriptTest {

  static final Path SCRIPT = Path.of("..", ".mvn", "ensure-chromium").toAbsolutePath().normalize();

  @TempDir Path bin;
  Path aptLog;

  @BeforeEach
  void fakeCommands() throws IOException {
    aptLog = bin.resolve("apt-get.log");
    executable(
        "apt-get",
        "echo \"$@\" >> '"
            + aptLog
            + "'\n"
            + "if [ \"$1\" = install ]; then printf '#!/bin/sh\\n' > '"
            + bin.resolve("chromium")
            + "'; /bin/chmod +x '"
            + bin.resolve("chromium")
            + "'; fi\n");
  }

  @Test
  void aBrowserOnThePathIsUsedAndNothingIsInstalled() throws Exception {
    runningAs(0);
    executable("chromium", "");

    Result result = run();

    assertThat(result.exitCode()).isZero();
    assertThat(result.output()).contains("using " + bin.resolve("chromium"));
    assertThat(aptLog).doesNotExist();
  }

  @Test
  void asRootAMissingBrowserIsInstalledFromDebiansPackage() throws Exception {
    runningAs(0);

    Result result = run();

    assertThat(result.exitCode()).isZero();
    assertThat(Files.readAllLines(aptLog))
        .containsExactly("update -qq", "install -y -qq --no-install-recommends chromium");
    assertThat(result.output()).contains("installed " + bin.resolve("chromium"));
  }

  @Test
  void withoutRootTheBuildStopsAndSaysWhatToRun() throws Exception {
    runningAs(1000);

    Result result = run();

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output())
        .contains("only root can install it")
        .contains("apt-get install -y --no-install-recommends chromium");
    assertThat(aptLog).doesNotExist();
  }

  @Test
  void anInstallThatLeavesNoBrowserFailsTheBuild() throws Exception {
    runningAs(0);
    executable("apt-get", "echo \"$@\" >> '" + aptLog + "'\n");

    Result result = run();

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("no 'chromium' is on the PATH");
  }

  @Test
  void twoModulesBuildingAtOnceInstallItOnceAndBothUseIt() throws Exception {
    runningAs(0);
    Files.createSymbolicLink(bin.resolve("flock"), realCommand("flock"));
    // dpkg refuses a second install while one runs; this one takes a second to install.
    Path busy = bin.resolve("dpkg-busy");
    executable(
        "apt-get",
        "echo \"$@\" >> '"
            + aptLog
            + "'\n"
            + "if [ \"$1\" = install ]; then\n"
            + "  /bin/mkdir '"
            + busy
            + "' 2>/dev/null || { echo 'E: Could not get lock' >&2; exit 100; }\n"
            + "  /bin/sleep 1\n"
            + "  printf '#!/bin/sh\\n' > '"
            + bin.resolve("chromium")
            + "'; /bin/chmod +x '"
            + bin.resolve("chromium")
            + "'\n"
            + "  /bin/rmdir '"
            + busy
            + "'\n"
            + "fi\n");

    Process first = start();
    Process second = start();
    Result one = finish(first);
    Result other = finish(second);

    assertThat(one.exitCode()).as(one.output()).isZero();
    assertThat(other.exitCode()).as(other.output()).isZero();
    assertThat(Files.readAllLines(aptLog))
        .containsOnlyOnce("install -y -qq --no-install-recommends chromium");
    assertThat(one.output() + other.output()).contains("using " + bin.resolve("chromium"));
  }

  private static Path realCommand(String name) {
    for (String dir : System.getenv("PATH").split(":")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(name + " is not on this machine's PATH");
  }

  private void runningAs(int uid) throws IOException {
    executable("id", "echo " + uid + "\n");
  }

  private void executable(String name, String body) throws IOException {
    Path file = bin.resolve(name);
    Files.writeString(file, "#!/bin/bash\n" + body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Result run() throws Exception {
    return finish(start());
  }

  private Process start() throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(List.of("/bin/bash", SCRIPT.toString())).redirectErrorStream(true);
    builder.environment().put("PATH", bin.toString());
    return builder.start();
  }

  private static Result finish(Process process) throws Exception {
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  record Result(int exitCode, String output) {}
}
