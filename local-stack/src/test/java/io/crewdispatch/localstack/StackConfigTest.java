package io.crewdispatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services' default JVM options and ports. */
class StackConfigTest {

  @Test
  void theDefaultOptionsStartTheJvmTheLauncherRunsOn() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.javaExecutable());
    command.addAll(List.of(StackConfig.DEFAULT_SERVICE_JAVA_OPTS.split(" ")));
    command.add("-version");
    Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(java.waitFor(30, TimeUnit.SECONDS)).isTrue();
    // an unknown or locked option makes the JVM refuse to start: every service would fail
    assertThat(java.exitValue()).as(output).isZero();
    assertThat(output).doesNotContain("Ignoring", "warning");
  }

  @Test
  void theCollectorLogIsWrittenWhereverTheStateLives(@TempDir Path var) throws Exception {
    Path logs = Files.createDirectories(var.resolve("state: one day").resolve("logs"));
    Path log = logs.resolve("dispatch-service-gc.log");
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.javaExecutable());
    command.addAll(List.of(StackConfig.DEFAULT_SERVICE_JAVA_OPTS.split(" ")));
    command.add(ServiceProcess.gcLog(log));
    command.add("-version");
    Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(java.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(java.exitValue()).as(output).isZero();
    // the wall-clock stamp the bench reads a phase's pauses by
    assertThat(Files.readString(log))
        .containsPattern("^\\[\\d{4}-\\d\\d-\\d\\dT[^]]+\\]\\[[0-9.]+s\\] Using Serial");
  }

  @Test
  void aSecondStackMovesEveryServicePortTogether() {
    assertThat(StackConfig.servicePortsFrom(18081))
        .containsEntry("auth-service", 18081)
        .containsEntry(StackConfig.CONSOLE, 18086)
        .hasSameSizeAs(StackConfig.DEFAULT_SERVICE_PORTS);
  }
}
