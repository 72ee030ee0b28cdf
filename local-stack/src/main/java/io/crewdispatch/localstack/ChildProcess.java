package io.crewdispatch.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A JVM the stack starts, its output appended to a log file under {@code var/logs}. Its pid is kept
 * in {@code var/run} so a stack killed without Ctrl-C does not leave it holding ports.
 */
final class ChildProcess {

  private final String name;
  private final List<String> command;
  private final Map<String, String> env;
  private final Path workDir;
  private final Path logFile;
  private final Path pidFile;
  private Process process;

  ChildProcess(
      String name, List<String> command, Map<String, String> env, Path workDir, Path varDir) {
    this.name = name;
    this.command = command;
    this.env = env;
    this.workDir = workDir;
    this.logFile = varDir.resolve("logs").resolve(name + ".log");
    this.pidFile = varDir.resolve("run").resolve(name + ".pid");
  }

  void start() throws IOException {
    killLeftover();
    Files.createDirectories(logFile.getParent());
    Files.createDirectories(pidFile.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(withFlightRecording(command))
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    builder.environment().putAll(env);
    process = builder.start();
    Files.writeString(pidFile, Long.toString(process.pid()));
  }

  /**
   * With {@code LOCAL_STACK_JFR_DIR} set, every JVM of the stack records a JFR profile to {@code
   * <dir>/<name>.jfr} (written when it exits), for finding where the time goes.
   */
  private List<String> withFlightRecording(List<String> command) throws IOException {
    String dir = System.getenv("LOCAL_STACK_JFR_DIR");
    if (dir == null || dir.isBlank() || !command.get(0).equals(javaExecutable())) {
      return command;
    }
    Files.createDirectories(Path.of(dir));
    List<String> recorded = new java.util.ArrayList<>(command);
    recorded.add(
        1,
        "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
            + Path.of(dir, name + ".jfr").toAbsolutePath());
    return recorded;
  }

  /** Waits until {@code ready} holds, failing early (with the log's tail) if the process dies. */
  void awaitReady(BooleanSupplier ready, Duration timeout)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + "; last log lines:\n" + tail());
      }
      if (ready.getAsBoolean()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        name + " was not ready within " + timeout + "; last log lines:\n" + tail());
  }

  /**
   * SIGTERM first (Spring and Kafka shut down gracefully), then force after a grace period. Returns
   * whether the process stopped on its own within the grace period.
   */
  boolean stop(Duration grace) {
    if (process == null) {
      return false;
    }
    process.destroy();
    boolean onItsOwn = false;
    try {
      onItsOwn = process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
      if (!onItsOwn) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException ignored) {
      // only a hint for the next start
    }
    return onItsOwn;
  }

  /** SIGKILL, as a crash or the kernel's OOM killer would: no shutdown hook runs. */
  void kill() {
    if (process == null) {
      return;
    }
    try {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  long pid() {
    return process.pid();
  }

  Path logFile() {
    return logFile;
  }

  /** Stops every JVM an earlier run left behind (it was killed without Ctrl-C). */
  static void stopLeftovers(Path varDir) throws IOException {
    Path run = varDir.resolve("run");
    if (!Files.isDirectory(run)) {
      return;
    }
    try (var pids = Files.list(run)) {
      for (Path pidFile : pids.filter(p -> p.toString().endsWith(".pid")).toList()) {
        String name = pidFile.getFileName().toString().replace(".pid", "");
        new ChildProcess(name, List.of(), Map.of(), varDir, varDir).killLeftover();
      }
    }
  }

  private void killLeftover() throws IOException {
    if (!Files.exists(pidFile)) {
      return;
    }
    String pid = Files.readString(pidFile).trim();
    ProcessHandle.of(Long.parseLong(pid))
        .filter(h -> h.info().commandLine().map(c -> c.contains("java")).orElse(false))
        .ifPresent(
            h -> {
              System.out.println(
                  "local-stack: stopping "
                      + name
                      + " left over from an earlier run (pid "
                      + pid
                      + ")");
              h.destroy();
              h.onExit()
                  .orTimeout(20, TimeUnit.SECONDS)
                  .exceptionally(
                      e -> {
                        h.destroyForcibly();
                        return h;
                      })
                  .join();
            });
    Files.deleteIfExists(pidFile);
  }

  private String tail() throws IOException {
    if (!Files.exists(logFile)) {
      return "(no log)";
    }
    List<String> lines = Files.readAllLines(logFile);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * The launcher's own runtime classpath (kafka_2.13, DynamoDB Local, logging), read from the file
   * the build writes, so child JVMs never inherit a test runner's classpath.
   */
  static String classpath(Path root) {
    Path module = root.resolve("local-stack").resolve("target");
    Path file = module.resolve("classpath.txt");
    try {
      if (Files.exists(file)) {
        return module.resolve("classes")
            + java.io.File.pathSeparator
            + Files.readString(file).trim();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return System.getProperty("java.class.path");
  }
}
