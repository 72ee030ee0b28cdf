package io.crewdispatch.localstack;

import java.nio.file.Path;
import java.util.List;

/**
 * The class data archives this module's whole-stack tests share ({@link
 * StackConfig#withClassDataArchivedAtExit}): EndToEndIT's services write them as they stop, and the
 * fault suite's start from them (surefire runs the classes alphabetically, EndToEndIT first).
 */
public final class SharedClassData {

  public static final Path DIR = Path.of("target", "test-class-data").toAbsolutePath();

  /**
   * The services' JVM options in both tests: an archive is used only with the options it was made
   * with. Spring's AOT mode, as {@code ./run-local} starts them (the service modules' own tests
   * cover the normal start).
   */
  public static final List<String> JVM_OPTIONS =
      List.of(
          "-Xmx320m",
          "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1",
          "-Xss512k",
          "-Dspring.aot.enabled=true");

  private SharedClassData() {}
}
