package io.crewdispatch.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service keeps: the domain (and its use cases and ports) knows nothing of AWS,
 * Google, POI, Avro, Kafka or Spring's web and messaging; adapters are not public API.
 */
public final class ArchitectureRules {

  private ArchitectureRules() {}

  /** Packages named {@code domain} or {@code application} import no integration types. */
  public static ArchRule domainIsFreeOfIntegrations() {
    return noClasses()
        .that()
        .resideInAnyPackage("..domain..", "..application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "software.amazon..",
            "com.amazonaws..",
            "com.google..",
            "org.apache.poi..",
            "org.apache.avro..",
            "org.apache.kafka..",
            "org.springframework.kafka..",
            "org.springframework.web..",
            "jakarta.mail..",
            "io.crewdispatch.events..")
        .as("the domain imports no AWS, Google, POI, Avro, Kafka, web, mail or event-schema types")
        .allowEmptyShould(true);
  }

  /**
   * Classes Spring writes into {@code target/classes} when a jar is built (its AOT processing: bean
   * definitions, CGLIB proxies), public by necessity: a test run after {@code ./run-local} or
   * {@code package} sees them beside the sources' classes.
   */
  static final String SPRING_GENERATED =
      ".*(__BeanDefinitions|__BeanFactoryRegistrations"
          + "|__ApplicationContextInitializer|\\$\\$SpringCGLIB\\$\\$).*";

  /** Adapters (packages named after the integration they wrap) are package-private. */
  public static ArchRule adaptersArePackagePrivate() {
    return classes()
        .that()
        .resideInAnyPackage(
            "..dynamodb..",
            "..kafka..",
            "..smtp..",
            "..gmail..",
            "..sheets..",
            "..xlsx..",
            "..drive..")
        .and()
        .areTopLevelClasses()
        .and()
        .haveNameNotMatching(SPRING_GENERATED)
        .should()
        .notBePublic()
        .as("adapters are package-private: the rest of the service talks to their ports")
        .allowEmptyShould(true);
  }
}
