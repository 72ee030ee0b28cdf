package io.crewdispatch.auth.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.Calls;
import io.crewdispatch.auth.support.Members;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.OneFetch;
import io.crewdispatch.testsupport.OperationLog;
import io.crewdispatch.testsupport.Samples;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The portal's read model takes a fetch of calls at once: the calls to one member found in one
 * fetch are one write to the member's record, and every one of them is kept. The links' own
 * consumers of dispatch-events are held meanwhile, so that the portal's write is the only one.
 */
@AuthServiceTest
class PortalActivityIT {

  static final Path LOG = Path.of("target/dynamodb-operations/auth-service.txt");
  static final String UPDATE = "UpdateItem crew-portal-links";
  static final List<String> LINKS = List.of("auth-dispatch-events", "auth-call-outcomes");

  @Autowired MutableClock clock;
  @Autowired KafkaListenerEndpointRegistry listeners;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @BeforeEach
  void setUp() {
    clock.reset();
  }

  @Test
  void aFetchsCallsToOneMemberAreOneWrite() {
    String member = Members.crewId();
    List<Map.Entry<String, SpecificRecord>> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      CrewCalled call =
          CrewCalled.newBuilder(Calls.crewCalled(Calls.charterId(), clock.instant()))
              .setCallee(Samples.crew(member))
              .build();
      calls.add(Map.entry(call.getCharterId(), call));
    }
    List<String> callIds =
        calls.stream().map(c -> ((CrewCalled) c.getValue()).getCallId()).toList();
    LINKS.forEach(id -> listeners.getListenerContainer(id).pause());
    try {
      LINKS.forEach(id -> await().until(listeners.getListenerContainer(id)::isContainerPaused));
      int start = OperationLog.quiet(LOG, UPDATE::equals);

      OneFetch.publish(
          listeners, "auth-portal", () -> probe.publishAll(Topic.DISPATCH_EVENTS, calls));

      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> PortalLinksIT.item("member#" + member).containsKey("callIds"));
      int end = OperationLog.quiet(LOG, UPDATE::equals);
      assertThat(callIds(member)).containsExactlyInAnyOrderElementsOf(callIds);
      assertThat(OperationLog.lines(LOG).subList(start, end))
          .as("writes for four calls to one member in one fetch")
          .filteredOn(UPDATE::equals)
          .hasSize(1);
    } finally {
      LINKS.stream().map(listeners::getListenerContainer).forEach(MessageListenerContainer::resume);
    }
  }

  private static List<String> callIds(String member) {
    AttributeValue ids = PortalLinksIT.item("member#" + member).get("callIds");
    return ids == null ? List.of() : ids.ss();
  }
}
