package io.crewdispatch.platform.dynamodb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Records each distinct DynamoDB operation the service performs, with the (unprefixed) table it
 * touched, one {@code Operation table} line each (a transaction as its items' actions, the way IAM
 * authorizes it), appended to a file. Tests turn it on to prove the IAM policy of each service
 * grants exactly what the service does; the benchmark, with every call logged, counts what a
 * booking costs; production never sets it.
 */
final class DynamoDbOperationLog implements ExecutionInterceptor {

  private final Path file;
  private final String tablePrefix;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  private final boolean everyCall;

  DynamoDbOperationLog(Path file, String tablePrefix, boolean everyCall) {
    this.file = file;
    this.tablePrefix = tablePrefix;
    this.everyCall = everyCall;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    for (String line : actions(operation, context.request())) {
      if (seen.add(line) || everyCall) {
        append(line);
      }
    }
  }

  /**
   * IAM authorizes a transaction by its items' own actions (PutItem, UpdateItem, DeleteItem,
   * ConditionCheckItem, GetItem): there is no {@code dynamodb:TransactWriteItems} permission, so a
   * policy must be checked against those.
   */
  private List<String> actions(String operation, SdkRequest request) {
    List<String> lines = new ArrayList<>();
    if (request instanceof TransactWriteItemsRequest transaction) {
      for (TransactWriteItem item : transaction.transactItems()) {
        if (item.put() != null) lines.add("PutItem " + unprefixed(item.put().tableName()));
        if (item.update() != null) lines.add("UpdateItem " + unprefixed(item.update().tableName()));
        if (item.delete() != null) lines.add("DeleteItem " + unprefixed(item.delete().tableName()));
        if (item.conditionCheck() != null) {
          lines.add("ConditionCheckItem " + unprefixed(item.conditionCheck().tableName()));
        }
      }
    } else if (request instanceof TransactGetItemsRequest transaction) {
      for (TransactGetItem item : transaction.transactItems()) {
        lines.add("GetItem " + unprefixed(item.get().tableName()));
      }
    } else {
      tables(request).forEach(table -> lines.add(operation + " " + table));
    }
    return lines.stream().distinct().toList();
  }

  private List<String> tables(SdkRequest request) {
    List<String> names = new ArrayList<>();
    request.getValueForField("TableName", String.class).ifPresent(names::add);
    if (request instanceof BatchWriteItemRequest batch) {
      names.addAll(batch.requestItems().keySet());
    }
    if (request instanceof BatchGetItemRequest batch) {
      names.addAll(batch.requestItems().keySet());
    }
    if (names.isEmpty()) {
      names.add("*"); // an operation on no one table (ListTables)
    }
    return names.stream().map(this::unprefixed).distinct().toList();
  }

  private String unprefixed(String table) {
    return table.startsWith(tablePrefix) ? table.substring(tablePrefix.length()) : table;
  }

  private synchronized void append(String line) {
    try {
      Files.writeString(
          file,
          line + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
