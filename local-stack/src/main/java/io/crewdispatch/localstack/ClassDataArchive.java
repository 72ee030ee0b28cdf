package io.crewdispatch.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A service's class data archive: the classes its start-up loads, parsed and verified once, so each
 * later start maps them instead of reading them out of the jar again. Made once per build of the
 * jar by a training run that starts the service to ready and stops it, from the jar extracted as
 * Spring Boot's tools do (CDS cannot archive classes loaded from jars nested in a jar). On Java 25
 * and later the JDK's AOT cache ({@code -XX:AOTCacheOutput}) is made instead: it also keeps the
 * classes linked, and the start-up's method profiles unless the options stop at C1 ({@link
 * #trainingOptions}). Kept under {@code var/cds/<service>/<key>}, the key naming the jar (size,
 * mtime), the JVM and its options: a rebuilt jar, another JDK or other options make a new one. A
 * training run that fails leaves a marker, and the service starts from its jar as before.
 *
 * <p>Tests, which start the stack twice from a fresh state, use another way ({@link
 * #archivedAtExit}): no training run; a service's first launch itself writes a dynamic archive
 * ({@code -XX:ArchiveClassesAtExit}) as it stops, and later launches of the same build use it.
 */
final class ClassDataArchive {

  private static final int AOT_CACHE_FEATURE = 25;

  private final String service;
  private final Path jar;
  private final Path dir;
  private final Path varDir;
  private final List<String> jvmOptions;
  private final boolean aotCache;
  private final boolean atExit;

  ClassDataArchive(Path cdsRoot, String service, Path jar, List<String> jvmOptions) {
    this(cdsRoot, service, jar, jvmOptions, false);
  }

  private ClassDataArchive(
      Path cdsRoot, String service, Path jar, List<String> jvmOptions, boolean atExit) {
    this.service = service;
    this.jar = jar;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.atExit = atExit;
    this.aotCache = !atExit && Runtime.version().feature() >= AOT_CACHE_FEATURE;
    List<String> keyed = new ArrayList<>(jvmOptions);
    keyed.addAll(trainingOptions(aotCache, jvmOptions));
    this.dir = cdsRoot.resolve(service).resolve(key(jar, keyed));
    this.varDir = cdsRoot.toAbsolutePath().getParent();
  }

  /**
   * An archive its service's first launch writes as it stops, with no training run: a dynamic
   * archive on every JDK (writing the AOT cache at exit takes a second JVM and longer than a stop).
   */
  static ClassDataArchive archivedAtExit(
      Path cdsRoot, String service, Path jar, List<String> jvmOptions) {
    return new ClassDataArchive(cdsRoot, service, jar, jvmOptions, true);
  }

  /**
   * The arguments that run the service's jar: from the archive when there is one; else, archived at
   * exit, from the extracted jar writing the archive as it stops (to a file of its own, kept by
   * {@link #keepArchiveWritten}).
   */
  List<String> launchArguments() {
    if (Files.exists(archive())) {
      return List.of(useArchive(), "-jar", extractedJar().toString());
    }
    if (atExit && Files.exists(extractedJar())) {
      return List.of("-XX:ArchiveClassesAtExit=" + written(), "-jar", extractedJar().toString());
    }
    return List.of("-jar", jar.toString());
  }

  /** How long a stop may take: writing the archive on the way out takes a few seconds more. */
  Duration stopGrace() {
    return atExit ? Duration.ofSeconds(60) : Duration.ofSeconds(20);
  }

  private String useArchive() {
    return (aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive();
  }

  /**
   * Makes the archive unless it exists or an earlier attempt for this very jar failed. Returns
   * whether a training run was made. Never throws for a failed run: the service starts without.
   * Archived at exit, only extracts the jar (no training run).
   */
  boolean prepare(Map<String, String> env, Path logFile, Duration timeout, BooleanSupplier ready) {
    if (Files.exists(archive()) || Files.exists(failedMarker())) {
      return false;
    }
    if (atExit) {
      extractOnce(logFile, timeout);
      return false;
    }
    try {
      removeOtherKeys();
      Files.createDirectories(dir);
      run(extract(), Map.of(), logFile, timeout);
      List<String> training = new ArrayList<>();
      training.add(ChildProcess.javaExecutable());
      training.addAll(jvmOptions);
      training.addAll(trainingOptions(aotCache, jvmOptions));
      training.add((aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive());
      training.addAll(List.of("-jar", extractedJar().toString(), "--spring.profiles.active=local"));
      train(training, env, timeout, ready);
      if (!Files.exists(archive())) {
        throw new IllegalStateException("the training run wrote no archive");
      }
      // A JVM that cannot use an AOT cache (too small a heap for its archived objects) refuses
      // to start at all; trying it on -version costs a second and keeps the service startable.
      List<String> check = new ArrayList<>();
      check.add(ChildProcess.javaExecutable());
      check.addAll(jvmOptions);
      check.addAll(List.of(useArchive(), "-cp", extractedJar().toString(), "-version"));
      run(check, Map.of(), logFile, timeout);
      return true;
    } catch (Exception e) {
      markFailed(e, logFile);
      return true;
    }
  }

  boolean usesAotCache() {
    return aotCache;
  }

  /**
   * What a training run adds to the service's own options. An AOT cache records the start-up's
   * method profiles by default, for C2. Services that stop at C1 ({@code -XX:TieredStopAtLevel=1})
   * compile without profiles and never read them, and the JVM maps the whole cache into every
   * start, so they are only resident weight: 2–4 MB of each idle service (BENCHMARKS.md, issue 21).
   */
  static List<String> trainingOptions(boolean aotCache, List<String> jvmOptions) {
    if (!aotCache || !jvmOptions.contains("-XX:TieredStopAtLevel=1")) {
      return List.of();
    }
    return List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining");
  }

  /** Extracts the jar unless done already; on a failure the service starts from its jar. */
  private void extractOnce(Path logFile, Duration timeout) {
    if (Files.exists(extractedJar())) {
      return;
    }
    try {
      removeOtherKeys();
      Files.createDirectories(dir);
      run(extract(), Map.of(), logFile, timeout);
    } catch (Exception e) {
      markFailed(e, logFile);
    }
  }

  /**
   * After the launch stopped: an archive written by a JVM that stopped on its own becomes this
   * build's; one that was killed may have left half a file, which goes. Nothing to do for an
   * archive made by a training run.
   */
  void keepArchiveWritten(boolean stoppedOnItsOwn) {
    if (!atExit) {
      return;
    }
    try {
      if (stoppedOnItsOwn && Files.exists(written()) && !Files.exists(archive())) {
        Files.move(written(), archive(), StandardCopyOption.ATOMIC_MOVE);
      } else {
        Files.deleteIfExists(written());
      }
    } catch (IOException e) {
      System.out.println(
          "local-stack: " + service + "'s class data archive not kept: " + e.getMessage());
    }
  }

  private Path written() {
    return dir.resolve("app.jsa.written");
  }

  private List<String> extract() {
    return List.of(
        ChildProcess.javaExecutable(),
        "-Djarmode=tools",
        "-jar",
        jar.toString(),
        "extract",
        "--force",
        "--destination",
        extracted().toString());
  }

  private void markFailed(Exception e, Path logFile) {
    System.out.println(
        "local-stack: "
            + service
            + " starts without a class data archive ("
            + e.getMessage()
            + "; see "
            + logFile
            + ")");
    try {
      Files.deleteIfExists(archive());
      Files.createDirectories(dir);
      Files.writeString(failedMarker(), String.valueOf(e.getMessage()));
    } catch (IOException ignored) {
      // without the marker the next start tries again; nothing else depends on it
    }
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A whole start, to ready, then SIGTERM: the JVM writes the archive as it exits. Stopping at the
   * refreshed context instead ({@code spring.context.exit=onRefresh}) left out what starts after it
   * (the web servers, the Kafka consumers, the first health checks): 1,957 of dispatch-service's
   * 17,593 classes were still read from the jars on every start. The run is a start of the service
   * on the stack's own state and ports, so its pid is kept in {@code var/run} like a service's: a
   * launcher killed mid-training does not leave it holding the ports.
   */
  private void train(
      List<String> command, Map<String, String> env, Duration timeout, BooleanSupplier ready)
      throws IOException, InterruptedException {
    ChildProcess run =
        new ChildProcess(service + "-cds", command, env, Path.of("").toAbsolutePath(), varDir);
    run.start();
    try {
      run.awaitReady(ready, timeout);
    } finally {
      run.stop(timeout);
    }
  }

  private static void run(List<String> command, Map<String, String> env, Path log, Duration timeout)
      throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new IllegalStateException("the training run took longer than " + timeout);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command.subList(command.size() - 2, command.size()))
              + " exited with "
              + process.exitValue());
    }
  }

  /** Archives of earlier builds of this service's jar are dead weight (each ~200 MB). */
  private void removeOtherKeys() throws IOException {
    Path serviceDir = dir.getParent();
    if (!Files.isDirectory(serviceDir)) {
      return;
    }
    try (Stream<Path> keys = Files.list(serviceDir)) {
      for (Path other : keys.filter(p -> !p.equals(dir)).toList()) {
        deleteRecursively(other);
      }
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private Path archive() {
    return dir.resolve(aotCache ? "app.aot" : "app.jsa");
  }

  private Path failedMarker() {
    return dir.resolve("failed");
  }

  private Path extracted() {
    return dir.resolve("app");
  }

  private Path extractedJar() {
    return extracted().resolve(jar.getFileName());
  }

  private static String key(Path jar, List<String> jvmOptions) {
    try {
      String identity =
          Files.size(jar)
              + "|"
              + Files.getLastModifiedTime(jar).toMillis()
              + "|"
              + Runtime.version()
              + "|"
              + System.getProperty("java.home")
              + "|"
              + String.join(" ", jvmOptions);
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
