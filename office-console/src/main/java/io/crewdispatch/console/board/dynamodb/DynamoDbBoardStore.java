package io.crewdispatch.console.board.dynamodb;

import static io.crewdispatch.console.board.dynamodb.BoardItems.PK;
import static io.crewdispatch.console.board.dynamodb.BoardItems.SK;
import static io.crewdispatch.console.board.dynamodb.BoardItems.n;
import static io.crewdispatch.console.board.dynamodb.BoardItems.s;

import io.crewdispatch.console.board.application.BoardStore;
import io.crewdispatch.console.board.application.CharterSize;
import io.crewdispatch.console.board.domain.CertificateAlert;
import io.crewdispatch.console.board.domain.CharterHistory;
import io.crewdispatch.console.board.domain.CharterView;
import io.crewdispatch.console.board.domain.DeadLetter;
import io.crewdispatch.console.board.domain.IntegrationStatus;
import io.crewdispatch.console.board.domain.Member;
import io.crewdispatch.console.board.domain.PortalAnswer;
import io.crewdispatch.console.board.domain.Statement;
import io.crewdispatch.platform.dynamodb.TableNames;
import io.crewdispatch.platform.dynamodb.TransactWrites;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The board in table {@code console-board}. A charter is one item (its facts and their fold),
 * replaced only by the next version of what was read; dead letters and portal answers are written
 * once (keyed by event id); members, integrations and statements only replace an older record, so
 * duplicates and late arrivals cannot roll anything back.
 */
@Repository
class DynamoDbBoardStore implements BoardStore {

  static final String TABLE = "console-board";

  /**
   * The most a charter's item may take: 8 KB below DynamoDB's limit, for a table that counts a
   * little differently from the developer guide and DynamoDB Local (which {@link ItemSize}
   * follows). The longest realistic charter takes under a tenth of it (31 KB; README).
   */
  static final long CHARTER_BUDGET = ItemSize.DYNAMODB_LIMIT - 8 * 1024;

  private final DynamoDbClient dynamoDb;
  private final TransactWrites transactWrites;
  private final String table;

  DynamoDbBoardStore(DynamoDbClient dynamoDb, TableNames names) {
    this.dynamoDb = dynamoDb;
    this.transactWrites = new TransactWrites(dynamoDb);
    this.table = names.physical(TABLE);
  }

  @Override
  public Optional<CharterHistory> charter(String charterId) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                r ->
                    r.tableName(table)
                        .key(
                            Map.of(PK, s(BoardItems.charterKey(charterId)), SK, s(BoardItems.VIEW)))
                        .consistentRead(true))
            .item();
    return item == null || item.isEmpty()
        ? Optional.empty()
        : Optional.of(BoardItems.history(charterId, item));
  }

  @Override
  public boolean saveCharter(CharterHistory next, long readVersion) {
    Put put = charterPut(next, readVersion);
    try {
      dynamoDb.putItem(
          r ->
              r.tableName(put.tableName())
                  .item(put.item())
                  .conditionExpression(put.conditionExpression())
                  .expressionAttributeNames(put.expressionAttributeNames())
                  .expressionAttributeValues(put.expressionAttributeValues()));
      return true;
    } catch (ConditionalCheckFailedException anotherWriterFirst) {
      return false;
    }
  }

  @Override
  public boolean saveCharters(List<CharterSave> saves) {
    return transactWrites.putAll(
        saves.stream().map(save -> charterPut(save.next(), save.readVersion())).toList());
  }

  /** The put of a charter's next history, on the condition that it was made from the stored one. */
  private Put charterPut(CharterHistory next, long readVersion) {
    // A view stored before histories had versions has none: the first history replaces it.
    Put.Builder put =
        Put.builder()
            .tableName(table)
            .item(BoardItems.charterItem(next))
            .expressionAttributeNames(Map.of("#v", BoardItems.VERSION));
    return readVersion == 0
        ? put.conditionExpression("attribute_not_exists(#v)").build()
        : put.conditionExpression("#v = :v")
            .expressionAttributeValues(Map.of(":v", n(readVersion)))
            .build();
  }

  @Override
  public CharterSize charterSize(CharterHistory history) {
    return new CharterSize(ItemSize.of(BoardItems.charterItem(history)), CHARTER_BUDGET);
  }

  @Override
  public List<CharterView> sailing(LocalDate from, LocalDate to) {
    List<CharterView> views = new ArrayList<>();
    for (YearMonth month = YearMonth.from(from);
        !month.isAfter(YearMonth.from(to));
        month = month.plusMonths(1)) {
      QueryRequest query =
          QueryRequest.builder()
              .tableName(table)
              .indexName(BoardItems.SAILING_INDEX)
              .keyConditionExpression("#m = :m AND #k BETWEEN :from AND :to")
              .expressionAttributeNames(
                  Map.of("#m", BoardItems.SAIL_MONTH, "#k", BoardItems.SAIL_KEY))
              .expressionAttributeValues(
                  Map.of(
                      ":m", s(month.toString()),
                      ":from", s(from.toString()),
                      ":to", s(to + "U")))
              .build();
      dynamoDb.queryPaginator(query).items().stream().map(BoardItems::view).forEach(views::add);
    }
    return views;
  }

  @Override
  public boolean saveMember(Member member) {
    return putIfNewer(SideItems.member(member), SideItems.AS_OF, member.asOf().toEpochMilli());
  }

  @Override
  public List<Member> members() {
    return query(SideItems.ROSTER, "member#").stream().map(SideItems::member).toList();
  }

  @Override
  public boolean addPortalAnswer(PortalAnswer answer) {
    return putOnce(SideItems.portalAnswer(answer));
  }

  @Override
  public List<PortalAnswer> portalAnswers() {
    return query(SideItems.ROSTER, "portal#").stream().map(SideItems::portalAnswer).toList();
  }

  @Override
  public boolean addCertificateAlert(CertificateAlert alert) {
    return putOnce(SideItems.certificateAlert(alert));
  }

  @Override
  public List<CertificateAlert> certificateAlerts() {
    return query(SideItems.ROSTER, SideItems.EXPIRING).stream()
        .map(SideItems::certificateAlert)
        .toList();
  }

  @Override
  public boolean addDeadLetter(DeadLetter deadLetter) {
    return putOnce(SideItems.deadLetter(deadLetter));
  }

  @Override
  public List<DeadLetter> deadLetters() {
    return query(SideItems.SYSTEM, "dlt#").stream().map(SideItems::deadLetter).toList();
  }

  @Override
  public boolean saveIntegration(IntegrationStatus status) {
    return putIfNewer(SideItems.integration(status), SideItems.AS_OF, status.asOf().toEpochMilli());
  }

  @Override
  public List<IntegrationStatus> integrations() {
    return query(SideItems.SYSTEM, "integration#").stream().map(SideItems::integration).toList();
  }

  @Override
  public boolean saveStatement(Statement statement) {
    return putIfNewer(
        SideItems.statement(statement), SideItems.AS_OF, statement.asOf().toEpochMilli());
  }

  @Override
  public List<Statement> statements() {
    return query(SideItems.STATEMENTS, "statement#").stream().map(SideItems::statement).toList();
  }

  private boolean putOnce(Map<String, AttributeValue> item) {
    try {
      dynamoDb.putItem(
          r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(sk)"));
      return true;
    } catch (ConditionalCheckFailedException alreadyThere) {
      return false;
    }
  }

  private boolean putIfNewer(Map<String, AttributeValue> item, String orderAttribute, long order) {
    try {
      dynamoDb.putItem(
          r ->
              r.tableName(table)
                  .item(item)
                  .conditionExpression("attribute_not_exists(#o) OR #o < :o")
                  .expressionAttributeNames(Map.of("#o", orderAttribute))
                  .expressionAttributeValues(Map.of(":o", n(order))));
      return true;
    } catch (ConditionalCheckFailedException notNewer) {
      return false;
    }
  }

  private List<Map<String, AttributeValue>> query(String partition, String sortPrefix) {
    QueryRequest query =
        QueryRequest.builder()
            .tableName(table)
            .keyConditionExpression("#p = :p AND begins_with(#s, :s)")
            .expressionAttributeNames(Map.of("#p", PK, "#s", SK))
            .expressionAttributeValues(Map.of(":p", s(partition), ":s", s(sortPrefix)))
            .consistentRead(true)
            .build();
    return dynamoDb.queryPaginator(query).items().stream().toList();
  }
}
