package io.crewdispatch.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One service, run as the very jar production runs, with the {@code local} profile. */
final class ServiceProcess implements Component {

  private final StackConfig config;
  private final String service;
  private final Path jar;
  private final ClassDataArchive archive;
  private ChildProcess process;
  private long launchedAtNanos;
  private long readyAfterMillis = -1;

  ServiceProcess(StackConfig config, String service) {
    this.config = config;
    this.service = service;
    this.jar = config.root().resolve(service).resolve("target").resolve(service + ".jar");
    this.archive =
        switch (config.classData().mode()) {
          case NONE -> null;
          case TRAINED ->
              new ClassDataArchive(config.classDataDir(), service, jar, config.serviceJvmOptions());
          case ARCHIVED_AT_EXIT ->
              ClassDataArchive.archivedAtExit(
                  config.classDataDir(), service, jar, config.serviceJvmOptions());
        };
  }

  @Override
  public String name() {
    return service;
  }

  /**
   * Makes the service's class data archive if sharing is on and this build of its jar has none yet
   * (a training run: one start to ready, then a stop); returns whether it ran one. The stack's
   * infrastructure must be up.
   */
  boolean prepareClassData() {
    if (archive == null || !Files.exists(jar)) {
      return false;
    }
    return archive.prepare(
        config.serviceEnvironment(service),
        config.logDir().resolve(service + "-cds.log"),
        Duration.ofMinutes(8),
        this::ready);
  }

  /** Starts the JVM without waiting, so the five services boot side by side. */
  void launch() throws Exception {
    launch(Map.of());
  }

  /** As {@link #launch()}, with settings known only once the stack is partly up (a secret). */
  void launch(Map<String, String> moreEnv) throws Exception {
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build with ./mvnw -B package -DskipTests");
    }
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.javaExecutable());
    command.addAll(config.serviceJvmOptions());
    command.add(gcLog(config.logDir().resolve(service + "-gc.log")));
    command.addAll(archive == null ? List.of("-jar", jar.toString()) : archive.launchArguments());
    command.add("--spring.profiles.active=local");
    Map<String, String> env = new LinkedHashMap<>(config.serviceEnvironment(service));
    env.putAll(moreEnv);
    process = new ChildProcess(service, command, env, config.root(), config.varDir());
    launchedAtNanos = System.nanoTime();
    process.start();
  }

  /**
   * Every collection's pause, stamped with the wall clock so the bench can take a phase's pauses
   * (bench's {@code GcPauses}): a stop-the-world pause stops every hop through the service.
   */
  static String gcLog(Path file) {
    // quoted: a ':' in the path would otherwise end the file name
    return "-Xlog:gc:file=\"" + file + "\":utctime,uptime:filecount=2,filesize=10m";
  }

  @Override
  public void start() throws Exception {
    launch();
    awaitReady(Duration.ofMinutes(8));
  }

  void awaitReady(Duration timeout) throws Exception {
    process.awaitReady(this::ready, timeout);
    readyAfterMillis = (System.nanoTime() - launchedAtNanos) / 1_000_000;
  }

  /** Milliseconds from launching the JVM to its readiness probe answering UP. */
  long readyAfterMillis() {
    return readyAfterMillis;
  }

  /** Killed with SIGKILL (fault tests); {@link #start} launches it again. */
  void kill() {
    if (process != null) {
      process.kill();
    }
  }

  long pid() {
    return process.pid();
  }

  @Override
  public String location() {
    return config.serviceUrl(service) + "  (log " + config.logDir().resolve(service + ".log") + ")";
  }

  @Override
  public void close() {
    if (process == null) {
      return;
    }
    if (archive == null) {
      process.stop(Duration.ofSeconds(20));
    } else {
      archive.keepArchiveWritten(process.stop(archive.stopGrace()));
    }
  }

  private boolean ready() {
    try {
      HttpResponse<Void> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(config.managementUrl(service) + "/actuator/health/readiness"))
                      .timeout(Duration.ofSeconds(2))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (Exception notYet) {
      return false;
    }
  }
}
