package io.crewdispatch.testsupport;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One real Kafka broker (KRaft, in-process) and one DynamoDB Local (in memory, over HTTP) per test
 * JVM, started on first use and stopped when the JVM exits. Starting them once saves seconds per
 * test class; tests keep apart by using their own ids.
 */
public final class Infrastructure {

  private static EmbeddedKafkaKraftBroker kafka;
  private static DynamoDBProxyServer dynamoDbServer;
  private static URI dynamoDbEndpoint;
  private static DynamoDbClient dynamoDb;

  private Infrastructure() {}

  /** Starts the broker if needed and returns its bootstrap servers. */
  public static synchronized String kafkaBootstrapServers() {
    if (kafka == null) {
      EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
      broker.brokerProperties(
          Map.of(
              "group.initial.rebalance.delay.ms", "0",
              "auto.create.topics.enable", "true",
              "num.partitions", "3",
              "offsets.topic.num.partitions", "3",
              "log.cleaner.backoff.ms", "1000"));
      broker.afterPropertiesSet();
      kafka = broker;
      Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-shutdown"));
    }
    return kafka.getBrokersAsString();
  }

  /** Starts DynamoDB Local if needed and returns its HTTP endpoint. */
  public static synchronized URI dynamoDbEndpoint() {
    if (dynamoDbServer == null) {
      int port = freePort();
      try {
        DynamoDBProxyServer server =
            ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-port", String.valueOf(port), "-disableTelemetry"});
        server.start();
        dynamoDbServer = server;
      } catch (Exception e) {
        throw new IllegalStateException("DynamoDB Local did not start on port " + port, e);
      }
      dynamoDbEndpoint = URI.create("http://localhost:" + port);
      Runtime.getRuntime()
          .addShutdownHook(new Thread(Infrastructure::stopDynamoDb, "dynamodb-local-shutdown"));
    }
    return dynamoDbEndpoint;
  }

  /** A client for tests to look into tables the service under test owns. */
  public static synchronized DynamoDbClient dynamoDb() {
    if (dynamoDb == null) {
      dynamoDb =
          DynamoDbClient.builder()
              .endpointOverride(dynamoDbEndpoint())
              .region(Region.US_WEST_2)
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
              .build();
    }
    return dynamoDb;
  }

  private static void stopDynamoDb() {
    try {
      dynamoDbServer.stop();
    } catch (Exception ignored) {
      // the JVM is exiting
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
