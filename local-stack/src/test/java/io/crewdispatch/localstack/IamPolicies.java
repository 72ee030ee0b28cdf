package io.crewdispatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IAM policies shipped in {@code deploy/iam/<service>.json}, compared with the DynamoDB
 * operations a service was seen to perform (platform's operation log: {@code Action table} lines, a
 * transaction as its items' actions). Compared per action and table, both ways: an operation the
 * policy does not grant would be refused on AWS; a grant nothing used is a permission too many,
 * unless it is on the short list of grants this run cannot exercise.
 */
final class IamPolicies {

  private static final String TABLE_ARN = "arn:aws:dynamodb:*:*:table/";

  private final Path dir;
  private final JsonMapper json = JsonMapper.builder().build();

  IamPolicies(Path dir) {
    this.dir = dir;
  }

  /**
   * @param performed the service's operation log
   * @param unusedHere {@code Action table} grants kept although this run cannot use them
   */
  void assertGrantsExactly(String service, Collection<String> performed, Set<String> unusedHere)
      throws Exception {
    Path file = dir.resolve(service + ".json");
    assertThat(file).as("the IAM policy of %s", service).exists();
    Set<String> granted = granted(service, json.readTree(Files.readString(file)));
    Set<String> used = new TreeSet<>();
    for (String line : performed) {
      used.add("dynamodb:" + line.strip());
    }
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(granted);
    assertThat(missing)
        .as("%s performed these, which %s does not grant", service, file.getFileName())
        .isEmpty();
    Set<String> unused = new TreeSet<>(granted);
    unused.removeAll(used);
    unusedHere.forEach(grant -> unused.remove("dynamodb:" + grant));
    assertThat(unused)
        .as("%s grants these, which %s never performed", file.getFileName(), service)
        .isEmpty();
  }

  /**
   * Every {@code dynamodb:Action table} pair the policy allows (index ARNs go with their table).
   */
  private static Set<String> granted(String service, JsonNode policy) {
    Set<String> granted = new TreeSet<>();
    for (JsonNode statement : policy.get("Statement")) {
      assertThat(statement.get("Effect").asString()).isEqualTo("Allow");
      for (JsonNode resource : statement.get("Resource")) {
        String arn = resource.asString();
        assertThat(arn).as("%s grants on tables only", service).startsWith(TABLE_ARN);
        String table = arn.substring(TABLE_ARN.length());
        if (table.contains("/")) { // table/<name>/index/*: that table's indexes
          continue;
        }
        for (JsonNode action : statement.get("Action")) {
          granted.add(action.asString() + " " + table);
        }
      }
    }
    return granted;
  }
}
