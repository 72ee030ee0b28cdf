package io.crewdispatch.auth.signin.dynamodb;

import io.crewdispatch.auth.signin.OfficeUser;
import io.crewdispatch.auth.signin.OfficeUsers;
import io.crewdispatch.platform.dynamodb.TableNames;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** {@link OfficeUsers} in table {@code office-users}, keyed by lower-case email. */
@Repository
class DynamoDbOfficeUsers implements OfficeUsers {

  static final String TABLE = "office-users";

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoDbOfficeUsers(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.table = names.physical(TABLE);
  }

  @Override
  public Optional<OfficeUser> find(String email) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                GetItemRequest.builder()
                    .tableName(table)
                    .key(Map.of("email", AttributeValue.fromS(normal(email))))
                    .consistentRead(true)
                    .build())
            .item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new OfficeUser(item.get("email").s(), item.get("passwordHash").s()));
  }

  @Override
  public boolean createIfAbsent(OfficeUser user) {
    try {
      dynamoDb.putItem(put(user).conditionExpression("attribute_not_exists(email)").build());
      return true;
    } catch (ConditionalCheckFailedException exists) {
      return false;
    }
  }

  @Override
  public void save(OfficeUser user) {
    dynamoDb.putItem(put(user).build());
  }

  private PutItemRequest.Builder put(OfficeUser user) {
    return PutItemRequest.builder()
        .tableName(table)
        .item(
            Map.of(
                "email", AttributeValue.fromS(normal(user.email())),
                "passwordHash", AttributeValue.fromS(user.passwordHash()),
                "roles", AttributeValue.fromSs(java.util.List.of("office"))));
  }

  private static String normal(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
