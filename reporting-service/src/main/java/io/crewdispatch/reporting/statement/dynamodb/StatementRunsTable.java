package io.crewdispatch.reporting.statement.dynamodb;

import io.crewdispatch.platform.dynamodb.TableNames;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Table {@code statement-runs}: per month, the scheduled run's claim and the manifest of the latest
 * build, as two items under the month's key.
 */
@Component
class StatementRunsTable {

  static final String NAME = "statement-runs";
  static final String MONTH = "month";
  static final String RECORD = "record";
  static final String SCHEDULED_RUN = "scheduled-run";
  static final String MANIFEST = "manifest";

  private final String physicalName;

  StatementRunsTable(TableNames names) {
    this.physicalName = names.physical(NAME);
  }

  String name() {
    return physicalName;
  }

  static Map<String, AttributeValue> key(YearMonth month, String record) {
    return Map.of(
        MONTH, AttributeValue.fromS(month.toString()), RECORD, AttributeValue.fromS(record));
  }
}
