package io.crewdispatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which jar a service is launched from, and that a failed training run leaves it as it was. */
class ClassDataArchiveTest {

  private static final List<String> OPTIONS = List.of("-Xmx64m");

  @TempDir Path dir;

  @Test
  void aServiceWithoutAnArchiveStartsFromItsJar() throws Exception {
    Path jar = jar("svc.jar");

    ClassDataArchive archive = new ClassDataArchive(dir.resolve("cds"), "svc", jar, OPTIONS);

    assertThat(archive.launchArguments()).containsExactly("-jar", jar.toString());
  }

  @Test
  void anArchiveForThisBuildIsUsedWithTheExtractedJar() throws Exception {
    Path jar = jar("svc.jar");
    ClassDataArchive archive = new ClassDataArchive(dir.resolve("cds"), "svc", jar, OPTIONS);
    Path made = pretendTrained(jar);

    List<String> arguments = archive.launchArguments();

    assertThat(arguments.get(0)).endsWith("=" + made).startsWith("-XX:");
    assertThat(arguments.subList(1, 3))
        .containsExactly("-jar", made.resolveSibling("app").resolve("svc.jar").toString());
  }

  @Test
  void aRebuiltJarIsNotLaunchedWithTheOldBuildsArchive() throws Exception {
    Path jar = jar("svc.jar");
    pretendTrained(jar);

    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

    assertThat(new ClassDataArchive(dir.resolve("cds"), "svc", jar, OPTIONS).launchArguments())
        .containsExactly("-jar", jar.toString());
  }

  @Test
  void otherJvmOptionsAreNotLaunchedWithAnArchiveMadeUnderOthers() throws Exception {
    Path jar = jar("svc.jar");
    pretendTrained(jar);

    assertThat(
            new ClassDataArchive(dir.resolve("cds"), "svc", jar, List.of("-Xmx128m"))
                .launchArguments())
        .containsExactly("-jar", jar.toString());
  }

  @Test
  void aFailedTrainingRunLeavesTheServiceOnItsJarAndIsNotRetriedForTheSameBuild() throws Exception {
    Path jar = jar("svc.jar"); // not a Spring Boot jar: the tools' extract fails
    ClassDataArchive archive = new ClassDataArchive(dir.resolve("cds"), "svc", jar, OPTIONS);
    Path log = dir.resolve("svc-cds.log");

    assertThat(archive.prepare(Map.of(), log, Duration.ofMinutes(1), () -> true)).isTrue();

    assertThat(archive.launchArguments()).containsExactly("-jar", jar.toString());
    assertThat(archive.prepare(Map.of(), log, Duration.ofMinutes(1), () -> true)).isFalse();
  }

  @Test
  void aFirstLaunchWritesTheArchiveAsItStopsAndOnlyAWholeOneIsUsedAfter() throws Exception {
    Path jar = jar("svc.jar");
    ClassDataArchive archive =
        ClassDataArchive.archivedAtExit(dir.resolve("cds"), "svc", jar, OPTIONS);
    Path extracted = pretendExtracted(archive);

    List<String> first = archive.launchArguments();
    assertThat(first.get(0)).startsWith("-XX:ArchiveClassesAtExit=");
    assertThat(first.subList(1, 3)).containsExactly("-jar", extracted.toString());
    Path written = Path.of(first.get(0).substring(first.get(0).indexOf('=') + 1));

    Files.writeString(written, "half an archive");
    archive.keepArchiveWritten(false); // killed, or stopped only by force: maybe half a file
    assertThat(written).doesNotExist();
    assertThat(archive.launchArguments()).isEqualTo(first);

    Files.writeString(written, "archive");
    archive.keepArchiveWritten(true);
    List<String> later = archive.launchArguments();
    assertThat(later.get(0))
        .isEqualTo("-XX:SharedArchiveFile=" + written.resolveSibling("app.jsa"));
    assertThat(later.subList(1, 3)).containsExactly("-jar", extracted.toString());
  }

  @Test
  void aJarThatCannotBeExtractedIsLaunchedAsItIs() throws Exception {
    Path jar = jar("svc.jar"); // not a Spring Boot jar: the tools' extract fails
    ClassDataArchive archive =
        ClassDataArchive.archivedAtExit(dir.resolve("cds"), "svc", jar, OPTIONS);

    archive.prepare(Map.of(), dir.resolve("svc-cds.log"), Duration.ofMinutes(1), () -> true);

    assertThat(archive.launchArguments()).containsExactly("-jar", jar.toString());
  }

  @Test
  void anAotCacheForServicesThatStopAtC1IsTrainedWithoutMethodProfiles() {
    List<String> c1 = List.of("-Xmx64m", "-XX:TieredStopAtLevel=1");

    assertThat(ClassDataArchive.trainingOptions(true, c1))
        .containsExactly("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining");
    assertThat(ClassDataArchive.trainingOptions(true, OPTIONS)).isEmpty(); // C2 reads them
    assertThat(ClassDataArchive.trainingOptions(false, c1)).isEmpty(); // a CDS archive has none
  }

  /** The jar extracted where {@code archive} looks for it, made by hand. */
  private Path pretendExtracted(ClassDataArchive archive) throws Exception {
    archive.prepare(Map.of(), dir.resolve("log"), Duration.ofMinutes(1), () -> true); // marks it
    Path key;
    try (Stream<Path> keys = Files.list(dir.resolve("cds").resolve("svc"))) {
      key = keys.findFirst().orElseThrow();
    }
    Files.delete(key.resolve("failed"));
    Path extracted = key.resolve("app").resolve("svc.jar");
    Files.createDirectories(extracted.getParent());
    Files.writeString(extracted, "jar");
    return extracted;
  }

  /** Where {@link ClassDataArchive} looks for this build's archive, made by hand. */
  private Path pretendTrained(Path jar) throws Exception {
    ClassDataArchive archive = new ClassDataArchive(dir.resolve("cds"), "svc", jar, OPTIONS);
    archive.prepare(
        Map.of(), dir.resolve("log"), Duration.ofMinutes(1), () -> true); // fails: marks the key
    Path key;
    try (Stream<Path> keys = Files.list(dir.resolve("cds").resolve("svc"))) {
      key = keys.findFirst().orElseThrow();
    }
    Files.delete(key.resolve("failed"));
    Path made = key.resolve(archive.usesAotCache() ? "app.aot" : "app.jsa");
    Files.writeString(made, "archive");
    return made;
  }

  private Path jar(String name) throws Exception {
    Path jar = dir.resolve(name);
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.flush();
    }
    return jar;
  }
}
