package io.crewdispatch.roster;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.testsupport.Infrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * An account that already holds a {@code crew-roster} of its own (keyed differently) must not be
 * written into: the service refuses to start and says which table, which keys, which expected.
 */
class ForeignTableIT {

  @Test
  void aSameNamedTableWithOtherKeysStopsTheServiceAtStartUp() {
    String prefix = "foreign-" + System.nanoTime() + "-";
    DynamoDbClient dynamoDb = Infrastructure.dynamoDb();
    dynamoDb.createTable(
        r ->
            r.tableName(prefix + "crew-roster")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    a -> a.attributeName("memberId").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("memberId").keyType(KeyType.HASH)));

    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(RosterApplication.class)
                    .run(
                        "--server.port=0",
                        "--spring.kafka.bootstrap-servers="
                            + Infrastructure.kafkaBootstrapServers(),
                        "--crewdispatch.platform.dynamodb.endpoint="
                            + Infrastructure.dynamoDbEndpoint(),
                        "--crewdispatch.platform.dynamodb.table-prefix=" + prefix,
                        "--crewdispatch.roster.sync.scheduled=false",
                        "--crewdispatch.roster.xlsx.path=target/it-foreign/roster.xlsx")
                    .close())
        .hasStackTraceContaining(
            "table "
                + prefix
                + "crew-roster already exists with keys [memberId (partition, N)]"
                + " but this service expects [crewId (partition, S)]");
  }
}
