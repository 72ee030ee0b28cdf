package io.crewdispatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What one DynamoDB call costs the calling service's CPU with each way of building the SDK client:
 * the calling thread's CPU per conditional put and per consistent get, against the DynamoDB Local
 * at the given endpoint (whose own cost is the same for every variant). Rounds alternate the
 * variants so a drift of the machine hits them alike. Run it with the services' JIT setting: {@code
 * java -XX:TieredStopAtLevel=1 -cp ... io.crewdispatch.bench.ClientCost http://localhost:8000}.
 */
public final class ClientCost {

  private static final int CALLS = Integer.getInteger("clientCost.calls", 2000);
  private static final int ROUNDS = Integer.getInteger("clientCost.rounds", 4);

  /** A pause between calls, as a service at 10 bookings/s makes them: not back to back. */
  private static final int PAUSE_MILLIS = Integer.getInteger("clientCost.pauseMillis", 0);

  private static final String TABLE = "bench-client-cost";

  private ClientCost() {}

  public static void main(String[] args) {
    URI endpoint = URI.create(args.length > 0 ? args[0] : "http://localhost:8000");
    Map<String, Supplier<DynamoDbClient>> variants = new LinkedHashMap<>();
    variants.put(
        "Apache 5 client, endpoint rules per call (before)",
        () -> builder(endpoint).httpClientBuilder(Apache5HttpClient.builder()).build());
    variants.put(
        "Apache 5 client, static endpoint",
        () ->
            staticEndpoint(builder(endpoint), endpoint)
                .httpClientBuilder(Apache5HttpClient.builder())
                .build());
    variants.put(
        "URL connection client, static endpoint",
        () ->
            staticEndpoint(builder(endpoint), endpoint)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build());
    createTable(endpoint);
    Map<String, double[]> totals = new LinkedHashMap<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < ROUNDS; round++) {
      for (var variant : variants.entrySet()) {
        try (DynamoDbClient client = variant.getValue().get()) {
          calls(client, CALLS / 4); // warm the pool and the JIT for this client
          long cpu = threads.getCurrentThreadCpuTime();
          long wall = System.nanoTime();
          calls(client, CALLS);
          double cpuUs = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / (2.0 * CALLS);
          double wallUs = (System.nanoTime() - wall) / 1e3 / (2.0 * CALLS);
          if (round > 0) { // the first round warms every path
            double[] t = totals.computeIfAbsent(variant.getKey(), k -> new double[3]);
            t[0] += cpuUs;
            t[1] += wallUs;
            t[2]++;
          }
        }
      }
    }
    System.out.printf(
        "DynamoDB client cost per call (%d puts + %d gets a round, %d ms pause after each pair,"
            + " %d rounds counted, %s)%n",
        CALLS,
        CALLS,
        PAUSE_MILLIS,
        ROUNDS - 1,
        ManagementFactory.getRuntimeMXBean().getInputArguments());
    System.out.println("| client | caller CPU µs per call | wall µs per call |");
    System.out.println("|---|---:|---:|");
    totals.forEach(
        (name, t) -> System.out.printf("| %s | %.0f | %.0f |%n", name, t[0] / t[2], t[1] / t[2]));
  }

  private static DynamoDbClientBuilder builder(URI endpoint) {
    return DynamoDbClient.builder()
        .region(Region.US_WEST_2)
        .endpointOverride(endpoint)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
  }

  private static DynamoDbClientBuilder staticEndpoint(DynamoDbClientBuilder builder, URI uri) {
    CompletableFuture<Endpoint> fixed =
        CompletableFuture.completedFuture(Endpoint.builder().url(uri).build());
    return builder.endpointProvider(params -> fixed);
  }

  private static void calls(DynamoDbClient client, int count) {
    for (int i = 0; i < count; i++) {
      String key = UUID.randomUUID().toString();
      client.putItem(
          r ->
              r.tableName(TABLE)
                  .conditionExpression("attribute_not_exists(pk)")
                  .item(Map.of("pk", AttributeValue.fromS(key), "v", AttributeValue.fromN("1"))));
      client.getItem(
          r ->
              r.tableName(TABLE).key(Map.of("pk", AttributeValue.fromS(key))).consistentRead(true));
      if (PAUSE_MILLIS > 0) {
        try {
          Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static void createTable(URI endpoint) {
    try (DynamoDbClient client = builder(endpoint).build()) {
      client.createTable(
          r ->
              r.tableName(TABLE)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(
                      List.of(
                          software.amazon.awssdk.services.dynamodb.model.AttributeDefinition
                              .builder()
                              .attributeName("pk")
                              .attributeType(ScalarAttributeType.S)
                              .build()))
                  .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
    } catch (ResourceInUseException exists) {
      // a second run
    }
  }
}
