package io.crewdispatch.localstack;

import java.nio.file.Path;

/**
 * The class data archives this module's whole-stack tests share ({@link
 * StackConfig#withClassDataArchivedAtExit}): EndToEndIT's services write them as they stop, and the
 * fault suite's start from them (surefire runs the classes alphabetically, EndToEndIT first).
 */
public final class SharedClassData {

  public static final Path DIR = Path.of("target", "test-class-data").toAbsolutePath();

  private SharedClassData() {}
}
