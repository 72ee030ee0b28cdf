package io.crewdispatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ACLs of deploy/kafka-acls.txt on a real broker with SCRAM users and StandardAuthorizer, set
 * up from that file the way docker-compose's kafka-init job does: a service writes only what it
 * produces and reads only what it consumes, and live links stay with notification-service.
 */
class KafkaAclIT {

  @TempDir static Path home;
  static SecuredBroker broker;
  static AclFile acls;

  @BeforeAll
  static void start() throws Exception {
    long started = System.nanoTime();
    acls = AclFile.read(Path.of("..", "deploy", "kafka-acls.txt"));
    broker = new SecuredBroker(home);
    broker.start();
    try (Admin admin = broker.admin()) {
      List<UserScramCredentialAlteration> users = new ArrayList<>();
      for (String principal : acls.principals()) {
        users.add(scram(principal));
      }
      users.add(scram("intruder")); // authenticates, but no line of the file names it
      admin.alterUserScramCredentials(users).all().get();
      admin
          .createTopics(acls.topics().stream().map(t -> new NewTopic(t, 1, (short) 1)).toList())
          .all()
          .get();
      admin.createAcls(acls.bindings()).all().get();
      // The controller has committed them; the broker answers from its own copy, which follows
      // the metadata log a moment later. Its DescribeAcls reads that copy.
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> admin.describeAcls(AclBindingFilter.ANY).values().get().size(),
              size -> size >= Set.copyOf(acls.bindings()).size());
    }
    System.out.printf(
        "KafkaAclIT: broker, %d users and %d ACLs ready in %d ms%n",
        acls.principals().size() + 1,
        acls.bindings().size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  @AfterAll
  static void stop() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void onlyTheProducerOfATopicMayWriteIt() throws Exception {
    send("auth-service", "auth-events"); // the grant works: auth-service produces auth-events

    assertDenied(() -> send("intruder", "auth-events"));
    assertDenied(() -> send("dispatch-service", "auth-events"));
    assertDenied(() -> send("office-console", "dispatch-events"));
  }

  @Test
  void liveLinksAreReadByNotificationServiceAlone() throws Exception {
    send("auth-service", "auth-links");

    assertThat(poll("notification-service", "auth-links", "notification-auth-links"))
        .extracting(ConsumerRecord::value)
        .contains("from auth-service");
    assertDenied(() -> poll("dispatch-service", "auth-links", "dispatch-auth-links"));
    assertDenied(() -> poll("office-console", "auth-links", "console-auth-links"));
    assertDenied(() -> poll("office-console", "auth-links-dlt", "console-auth-links"));
  }

  @Test
  void aConsumerDeadLettersIntoItsOwnTopicsDltOnly() throws Exception {
    send("notification-service", "auth-links-dlt");

    assertDenied(() -> send("dispatch-service", "auth-links-dlt"));
  }

  private static UserScramCredentialAlteration scram(String user) {
    return new UserScramCredentialUpsertion(
        user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password(user));
  }

  private static String password(String user) {
    return user + "-password";
  }

  private static void send(String user, String topic) throws Exception {
    Map<String, Object> config = broker.client(user, password(user));
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    try (var producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, "key", "from " + user)).get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static List<ConsumerRecord<String, String>> poll(
      String user, String topic, String group) {
    Map<String, Object> config = broker.client(user, password(user));
    config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      Instant deadline = Instant.now().plusSeconds(15);
      while (records.isEmpty() && Instant.now().isBefore(deadline)) {
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
      }
    }
    return records;
  }

  private static void assertDenied(ThrowingRunnable action) {
    assertThatThrownBy(action::run).isInstanceOf(TopicAuthorizationException.class);
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
