package io.crewdispatch.dispatch.support;

import io.crewdispatch.testsupport.Infrastructure;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads table crew-holds directly, as a check from outside the service. */
public final class Holds {

  private Holds() {}

  /** The charters the person is confirmed on that day, as the hold item lists them. */
  public static List<String> of(String crewId, LocalDate sailDate) {
    Map<String, AttributeValue> item =
        Infrastructure.dynamoDb()
            .getItem(
                r ->
                    r.tableName("test-crew-holds")
                        .key(
                            Map.of(
                                "crewId", AttributeValue.fromS(crewId),
                                "sailDate", AttributeValue.fromS(sailDate.toString())))
                        .consistentRead(true))
            .item();
    return item == null || item.isEmpty()
        ? List.of()
        : item.get("charters").m().keySet().stream().sorted().toList();
  }
}
