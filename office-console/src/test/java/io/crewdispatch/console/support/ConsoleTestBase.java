package io.crewdispatch.console.support;

import io.crewdispatch.testsupport.WithInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one console context of the module's tests: the shared broker and DynamoDB Local, the test
 * authorization server for sign-in and the fake dispatch for actions, on a random port.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"management.server.port=0", "crewdispatch.console.health-timeout=500ms"})
@WithInfrastructure
public abstract class ConsoleTestBase {

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    registry.add("AUTH_ISSUER", () -> TestAuthServer.get().issuer());
    registry.add("crewdispatch.console.dispatch-url", () -> FakeDispatch.get().url());
    registry.add("crewdispatch.console.reporting-url", () -> FakeDispatch.get().url());
  }
}
