package io.crewdispatch.testsupport;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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

  /** Partitions of every topic the tests' broker creates. */
  public static final int PARTITIONS = 3;

  private Infrastructure() {}

  /** The partition Kafka's default partitioner gives a record with this key. */
  public static int partitionOf(String key) {
    byte[] bytes = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return org.apache.kafka.common.utils.Utils.toPositive(
            org.apache.kafka.common.utils.Utils.murmur2(bytes))
        % PARTITIONS;
  }

  /** Starts the broker if needed and returns its bootstrap servers. */
  public static synchronized String kafkaBootstrapServers() {
    if (kafka == null) {
      EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
      broker.brokerProperties(
          Map.of(
              "group.initial.rebalance.delay.ms", "0",
              "auto.create.topics.enable", "true",
              "num.partitions", String.valueOf(PARTITIONS),
              "offsets.topic.num.partitions", "3",
              "log.cleaner.backoff.ms", "1000"));
      broker.afterPropertiesSet();
      kafka = broker;
      Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-shutdown"));
    }
    return kafka.getBrokersAsString();
  }

  private static final Random RANDOM = new Random();
  private static final Set<Integer> HANDED_OUT = new HashSet<>();

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

  /**
   * A port nothing listens on, below the kernel's ephemeral range. A port the kernel hands out for
   * {@code bind(0)} comes from that range, which is also where it picks the local port of every
   * outgoing connection: between this call and the server's bind, a Kafka or HTTP client of the
   * stack could take it ("Port 34011 was already in use", seen in local-stack). Below the range
   * only an explicit bind takes a port; each is handed out once per JVM.
   */
  public static synchronized int freePort() {
    int below = ephemeralRangeStart();
    int from = Math.max(1024, below - 12_000);
    for (int attempt = 0; attempt < 1_000; attempt++) {
      int port = from + RANDOM.nextInt(below - from);
      if (!HANDED_OUT.contains(port) && bindable(port)) {
        HANDED_OUT.add(port);
        return port;
      }
    }
    throw new IllegalStateException("no free port between " + from + " and " + below);
  }

  private static boolean bindable(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException inUse) {
      return false;
    }
  }

  /** Linux's {@code ip_local_port_range} lower bound (32768 by default). */
  private static int ephemeralRangeStart() {
    try {
      // readAllLines: a /proc file reports size 0, and readString then returns its first byte only.
      String range =
          Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
      return Math.max(2048, Integer.parseInt(range.split("\\s+")[0]));
    } catch (IOException | RuntimeException notLinux) {
      return 32768;
    }
  }
}
