package io.crewdispatch.platform.aot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.javapoet.ClassName;

/**
 * The build records each property condition's outcome; a start from the AOT-generated code whose
 * settings give another outcome leaves AOT mode, so it evaluates its conditions as usual.
 */
class PropertyConditionsTest {

  private static final String AOT = PropertyConditionsCheck.AOT_ENABLED;

  private static final String SMTP = PropertyConditionsTest.class.getName() + "$SmtpAdapter";
  private static final String GMAIL = PropertyConditionsTest.class.getName() + "$GmailAdapter";
  private static final String HOST = PropertyConditionsTest.class.getName() + "$HostAdapter";
  private static final String FILE_SMS =
      PropertyConditionsTest.class.getName() + "$SmsAdapters#fileSms";

  @ConditionalOnProperty(
      name = "crewdispatch.test.transport",
      havingValue = "smtp",
      matchIfMissing = true)
  static class SmtpAdapter {}

  @ConditionalOnProperty(name = "crewdispatch.test.transport", havingValue = "gmail")
  static class GmailAdapter {}

  @ConditionalOnExpression("'${crewdispatch.test.host:}' != ''")
  static class HostAdapter {}

  static class SmsAdapters {
    @Bean
    @ConditionalOnProperty(
        name = "crewdispatch.test.sms",
        havingValue = "file",
        matchIfMissing = true)
    Object fileSms() {
      return new Object();
    }
  }

  @AfterEach
  void leaveAotMode() {
    System.clearProperty(AOT);
  }

  @Test
  void theBuildRecordsEveryPropertyConditionOfOurClassesWithItsOutcome() throws Exception {
    DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
    beanFactory.registerSingleton(
        "environment", environment(Map.of("crewdispatch.test.host", "localhost")));
    InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();

    new PropertyConditionsRecorder()
        .processAheadOfTime(beanFactory)
        .applyTo(
            new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get("io.crewdispatch.test", "Aot")), files),
            null);

    assertThat(files.getGeneratedFileContent(Kind.RESOURCE, PropertyConditions.RESOURCE))
        .contains(SMTP + "=true", GMAIL + "=false", HOST + "=true", FILE_SMS + "=true");
  }

  @Test
  void aStartWhoseSettingsAgreeWithTheBuildStaysInAotMode() {
    System.setProperty(AOT, "true");

    check(built(), Map.of("crewdispatch.test.host", "mail.example.com"));

    assertThat(System.getProperty(AOT)).isEqualTo("true");
  }

  @Test
  void aStartThatChoosesAnotherAdapterLeavesAotModeNamingTheAdapters() {
    System.setProperty(AOT, "true");
    Map<String, Object> gmail =
        Map.of("crewdispatch.test.host", "localhost", "crewdispatch.test.transport", "gmail");

    assertThat(PropertyConditionsCheck.differing(environment(gmail), loader(built())))
        .containsExactly(GMAIL + ":was_off", SMTP + ":was_on");
    check(built(), gmail);
    assertThat(System.getProperty(AOT)).isEqualTo("false");
  }

  @Test
  void anExpressionsOutcomeCountsNotItsValue() {
    assertThat(PropertyConditionsCheck.differing(environment(Map.of()), loader(built())))
        .containsExactly(HOST + ":was_on");
  }

  @Test
  void aJarWithoutTheBuildsRecordLeavesAotMode() {
    System.setProperty(AOT, "true");

    check(null, Map.of());

    assertThat(System.getProperty(AOT)).isEqualTo("false");
  }

  @Test
  void aNormalStartChecksNothing() {
    check(null, Map.of("crewdispatch.test.transport", "gmail"));

    assertThat(System.getProperty(AOT)).isNull();
  }

  private static void check(String record, Map<String, Object> settings) {
    new PropertyConditionsCheck(Supplier::get)
        .postProcessEnvironment(
            environment(settings),
            new SpringApplication(new DefaultResourceLoader(loader(record))));
  }

  /** What a build with the host set and the other switches at their defaults records. */
  private static String built() {
    return SMTP + "=true\n" + GMAIL + "=false\n" + HOST + "=true\n" + FILE_SMS + "=true\n";
  }

  /** The test's class loader, serving {@code record} as the build's record (none if null). */
  private static ClassLoader loader(String record) {
    return new ClassLoader(PropertyConditionsTest.class.getClassLoader()) {
      @Override
      public InputStream getResourceAsStream(String name) {
        if (name.equals(PropertyConditions.RESOURCE)) {
          return record == null
              ? null
              : new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_8));
        }
        return super.getResourceAsStream(name);
      }
    };
  }

  private static StandardEnvironment environment(Map<String, Object> settings) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
    return environment;
  }
}
