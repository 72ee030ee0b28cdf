package io.crewdispatch.auth.link.kafka;

import io.crewdispatch.auth.link.application.AnsweredCall;
import io.crewdispatch.auth.link.application.IssuedLinks;
import io.crewdispatch.auth.link.application.LinkEvents;
import io.crewdispatch.events.topic.Topic;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes to auth-links and auth-events, keyed by charterId, and waits for the broker's ack. */
@Component
class KafkaLinkEvents implements LinkEvents {

  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

  private final KafkaTemplate<Object, Object> kafka;

  KafkaLinkEvents(KafkaTemplate<Object, Object> kafka) {
    this.kafka = kafka;
  }

  @Override
  public void linksIssued(IssuedLinks links) {
    send(Topic.AUTH_LINKS, links.call().charterId(), LinkRecords.acceptLinkIssued(links));
  }

  @Override
  public void linksIssuedAll(List<IssuedLinks> links) {
    String topic = Topic.AUTH_LINKS.topicName();
    CompletableFuture<?>[] acks =
        links.stream()
            .map(l -> kafka.send(topic, l.call().charterId(), LinkRecords.acceptLinkIssued(l)))
            .toArray(CompletableFuture[]::new);
    await(CompletableFuture.allOf(acks), Topic.AUTH_LINKS);
  }

  @Override
  public void answered(AnsweredCall answered) {
    send(Topic.AUTH_EVENTS, answered.charterId(), LinkRecords.answer(answered));
  }

  private void send(Topic topic, String key, SpecificRecord event) {
    await(kafka.send(topic.topicName(), key, event), topic);
  }

  private static void await(CompletableFuture<?> acks, Topic topic) {
    try {
      acks.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted publishing to " + topic.topicName(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not publish to " + topic.topicName(), e);
    }
  }
}
