package io.crewdispatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What DynamoDB Local charges per item for one item a call against several items a call: its own
 * CPU (utime+stime of its process, from /proc) and the caller's thread CPU, per item, for
 * consistent reads (GetItem against BatchGetItem) and writes (a conditional PutItem against
 * TransactWriteItems of conditional puts, and BatchWriteItem). Decides whether a consumer that
 * handles a fetch of records pays less by asking for them together. Rounds alternate the variants
 * so a drift of the machine hits them alike. {@code java -XX:TieredStopAtLevel=1 -cp ...
 * io.crewdispatch.bench.DynamoDbLocalCost http://localhost:8000 <DynamoDB Local's pid>}.
 */
public final class DynamoDbLocalCost {

  private static final int ITEMS = Integer.getInteger("ddbCost.items", 1000);
  private static final int ROUNDS = Integer.getInteger("ddbCost.rounds", 4);
  private static final int GROUP = Integer.getInteger("ddbCost.group", 10);

  /** A pause between calls, as a side consumer at 10 bookings/s makes them. */
  private static final int PAUSE_MILLIS = Integer.getInteger("ddbCost.pauseMillis", 0);

  private static final String TABLE = "bench-ddb-cost";
  private static final long TICK_MICROS = 10_000; // USER_HZ 100

  private final DynamoDbClient dynamoDb;
  private final List<String> stored = new ArrayList<>();

  private DynamoDbLocalCost(DynamoDbClient dynamoDb) {
    this.dynamoDb = dynamoDb;
  }

  public static void main(String[] args) throws Exception {
    URI endpoint = URI.create(args.length > 0 ? args[0] : "http://localhost:8000");
    long pid = Long.parseLong(args[1]);
    DynamoDbClient client =
        DynamoDbClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_WEST_2)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build();
    new DynamoDbLocalCost(client).run(pid);
  }

  private void run(long pid) throws IOException, InterruptedException {
    createTable();
    for (int i = 0; i < ITEMS; i++) {
      put(i);
    }
    Map<String, IntConsumer> variants = new LinkedHashMap<>();
    variants.put("GetItem, 1 item a call", this::get);
    variants.put("BatchGetItem, " + GROUP + " items a call", this::batchGet);
    variants.put("PutItem if absent, 1 item a call", this::put);
    variants.put("TransactWriteItems, " + GROUP + " puts if absent a call", this::transactPut);
    variants.put("BatchWriteItem, " + GROUP + " puts a call", this::batchPut);
    Map<String, List<long[]>> results = new LinkedHashMap<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round <= ROUNDS; round++) {
      for (var variant : variants.entrySet()) {
        int step = variant.getKey().contains("1 item") ? 1 : GROUP;
        long serverBefore = processMicros(pid);
        long callerBefore = threads.getCurrentThreadCpuTime() / 1000;
        long wallBefore = System.nanoTime() / 1000;
        for (int i = 0; i < ITEMS; i += step) {
          variant.getValue().accept(i);
          if (PAUSE_MILLIS > 0) {
            Thread.sleep(PAUSE_MILLIS);
          }
        }
        long[] cost = {
          processMicros(pid) - serverBefore,
          threads.getCurrentThreadCpuTime() / 1000 - callerBefore,
          System.nanoTime() / 1000 - wallBefore
        };
        if (round > 0) { // round 0 warms both JVMs
          results.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(cost);
        }
      }
    }
    System.out.printf(
        "%d items a round, %d rounds, pause %d ms between calls%n", ITEMS, ROUNDS, PAUSE_MILLIS);
    System.out.println(
        "| variant | DynamoDB Local µs CPU per item (median; rounds) | caller µs CPU per item |");
    System.out.println("|---|---|---|");
    for (var result : results.entrySet()) {
      List<Long> server = result.getValue().stream().map(c -> c[0] / ITEMS).sorted().toList();
      List<Long> caller = result.getValue().stream().map(c -> c[1] / ITEMS).sorted().toList();
      System.out.printf(
          "| %s | %d; %s | %d |%n",
          result.getKey(), server.get(server.size() / 2), server, caller.get(caller.size() / 2));
    }
  }

  private void get(int i) {
    dynamoDb.getItem(r -> r.tableName(TABLE).key(key(stored.get(i))).consistentRead(true));
  }

  private void batchGet(int from) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = from; i < from + GROUP; i++) {
      keys.add(key(stored.get(i % stored.size())));
    }
    dynamoDb.batchGetItem(
        r ->
            r.requestItems(
                Map.of(
                    TABLE, KeysAndAttributes.builder().keys(keys).consistentRead(true).build())));
  }

  private void put(int ignored) {
    String id = UUID.randomUUID().toString();
    dynamoDb.putItem(
        r -> r.tableName(TABLE).item(item(id)).conditionExpression("attribute_not_exists(id)"));
    stored.add(id);
  }

  private void transactPut(int ignored) {
    List<TransactWriteItem> puts = new ArrayList<>();
    for (int i = 0; i < GROUP; i++) {
      puts.add(
          TransactWriteItem.builder()
              .put(
                  Put.builder()
                      .tableName(TABLE)
                      .item(item(UUID.randomUUID().toString()))
                      .conditionExpression("attribute_not_exists(id)")
                      .build())
              .build());
    }
    dynamoDb.transactWriteItems(r -> r.transactItems(puts));
  }

  private void batchPut(int ignored) {
    List<WriteRequest> puts = new ArrayList<>();
    for (int i = 0; i < GROUP; i++) {
      puts.add(
          WriteRequest.builder()
              .putRequest(PutRequest.builder().item(item(UUID.randomUUID().toString())).build())
              .build());
    }
    dynamoDb.batchWriteItem(r -> r.requestItems(Map.of(TABLE, puts)));
  }

  private static Map<String, AttributeValue> key(String id) {
    return Map.of("id", AttributeValue.fromS(id));
  }

  /** About the size of a ledger entry or an assignment: a key and a dozen short attributes. */
  private static Map<String, AttributeValue> item(String id) {
    Map<String, AttributeValue> item = new LinkedHashMap<>(key(id));
    for (int i = 0; i < 12; i++) {
      item.put("a" + i, AttributeValue.fromS("value-" + i + "-" + id.substring(0, 8)));
    }
    item.put("version", AttributeValue.fromN("1"));
    return item;
  }

  private void createTable() {
    try {
      dynamoDb.createTable(
          r ->
              r.tableName(TABLE)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                  .attributeDefinitions(
                      a -> a.attributeName("id").attributeType(ScalarAttributeType.S)));
    } catch (ResourceInUseException exists) {
      // a run before this one made it
    }
  }

  private static long processMicros(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MICROS;
  }
}
