package io.crewdispatch.dispatch.support;

import io.crewdispatch.testsupport.WithInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one test configuration of this module's integration tests (so they share one context): the
 * real broker and DynamoDB Local, a random HTTP port, the {@code it} profile and the test clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithInfrastructure
@ActiveProfiles("it")
@Import(DispatchIntegrationTest.Clocks.class)
public @interface DispatchIntegrationTest {

  @TestConfiguration(proxyBeanMethods = false)
  class Clocks {
    @Bean
    Clock clock() {
      return TestClock.INSTANCE;
    }
  }
}
