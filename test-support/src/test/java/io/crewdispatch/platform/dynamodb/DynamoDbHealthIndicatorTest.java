package io.crewdispatch.platform.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.health.contributor.Status;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A DynamoDB that takes the connection and never answers (a hung or stopping endpoint). The real
 * SDK client with its default timeouts and retries, pointed at a local endpoint as the platform's
 * is for DynamoDB Local, waits out a 30-s socket timeout on each attempt (without the bound this
 * test ran into JUnit's 30-s limit); the health check must say DOWN within its own bound, so that
 * the integration watch sees an outage while it lasts.
 */
class DynamoDbHealthIndicatorTest {

  private ServerSocket silent;
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private DynamoDbClient client;

  @BeforeEach
  void listenAndNeverAnswer() throws IOException {
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              try {
                while (true) {
                  held.add(silent.accept());
                }
              } catch (IOException closed) {
                // the test is over
              }
            },
            "silent-dynamodb");
    acceptor.setDaemon(true);
    acceptor.start();
    client =
        DynamoDbClient.builder()
            .region(Region.EU_WEST_1)
            .endpointOverride(URI.create("http://127.0.0.1:" + silent.getLocalPort()))
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build();
  }

  @AfterEach
  void close() throws IOException {
    client.close();
    silent.close();
    for (Socket socket : held) {
      socket.close();
    }
  }

  // Room above the bound for the client's first call on a loaded machine (class loading, before
  // the SDK's timer starts); without the bound each attempt waits out a 30-s socket timeout.
  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void saysDownWithinItsBoundWhenDynamoDbTakesTheCallAndNeverAnswers() {
    var indicator =
        new DynamoDbHealthIndicator(
            client,
            new TableNames("test-"),
            List.of(TableDefinition.of("dispatch-charters", "charterId", ScalarAttributeType.S)));

    long started = System.nanoTime();
    var health = indicator.health(true);
    long tookMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(held).as("the call reached the endpoint").isNotEmpty();
    assertThat(tookMillis)
        .as("milliseconds to DOWN")
        .isBetween(
            DynamoDbHealthIndicator.TIMEOUT.toMillis(),
            DynamoDbHealthIndicator.TIMEOUT.toMillis() + 5_000);
  }
}
