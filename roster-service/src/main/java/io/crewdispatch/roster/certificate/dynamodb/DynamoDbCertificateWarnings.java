package io.crewdispatch.roster.certificate.dynamodb;

import io.crewdispatch.platform.dynamodb.TableNames;
import io.crewdispatch.roster.certificate.application.CertificateWarnings;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Warnings given are a string set {@code certificateWarnings} ({@code <certificate>#<yyyy-MM-dd>})
 * on the member's own crew-roster item. The member's sync writes only the attributes it names, so
 * the set survives every later sync; a claim adds to it only if the entry is not there yet.
 */
@Component
class DynamoDbCertificateWarnings implements CertificateWarnings {

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoDbCertificateWarnings(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical("crew-roster");
  }

  @Override
  public boolean claim(String crewId, String certificate, LocalDate expiresOn) {
    String entry = entry(certificate, expiresOn);
    try {
      dynamoDb.updateItem(
          r ->
              r.tableName(table)
                  .key(Map.of("crewId", AttributeValue.fromS(crewId)))
                  .updateExpression("ADD certificateWarnings :entries")
                  .conditionExpression(
                      "attribute_exists(crewId) AND NOT contains(certificateWarnings, :entry)")
                  .expressionAttributeValues(
                      Map.of(
                          ":entries", AttributeValue.fromSs(java.util.List.of(entry)),
                          ":entry", AttributeValue.fromS(entry))));
      return true;
    } catch (ConditionalCheckFailedException warnedBefore) {
      return false;
    }
  }

  @Override
  public void release(String crewId, String certificate, LocalDate expiresOn) {
    dynamoDb.updateItem(
        r ->
            r.tableName(table)
                .key(Map.of("crewId", AttributeValue.fromS(crewId)))
                .updateExpression("DELETE certificateWarnings :entries")
                .expressionAttributeValues(
                    Map.of(
                        ":entries",
                        AttributeValue.fromSs(java.util.List.of(entry(certificate, expiresOn))))));
  }

  private static String entry(String certificate, LocalDate expiresOn) {
    return certificate + "#" + expiresOn;
  }
}
