package io.crewdispatch.reporting;

import io.crewdispatch.testsupport.WithInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The one test configuration of this module's integration tests (one Spring context per test JVM):
 * the real service on a random port with the shared broker and DynamoDB Local, a movable clock, and
 * statements in a folder under target/, every DynamoDB call logged (the platform's operation log,
 * for tests that count them). The schedule does not tick by itself here; tests drive it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "crewdispatch.reporting.office-email=office@example.com",
      "crewdispatch.reporting.store.local-dir=target/it-statements",
      "crewdispatch.reporting.schedule.enabled=false",
      "crewdispatch.platform.dynamodb.operation-log-dir=target/dynamodb-operations",
      "crewdispatch.platform.dynamodb.operation-log-every-call=true"
    })
@WithInfrastructure
@Import(ReportingServiceTest.Clocks.class)
public @interface ReportingServiceTest {

  @TestConfiguration(proxyBeanMethods = false)
  class Clocks {
    @Bean
    MutableClock clock() {
      return new MutableClock(Instant.parse("2026-06-20T19:00:00Z"));
    }
  }
}
