package io.crewdispatch.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * deploy/kafka-acls.txt read the way deploy/kafka-init.sh reads it: each {@code produces}, {@code
 * consumes} and {@code groups} line becomes the same ACLs the script adds.
 */
record AclFile(List<Grant> grants) {

  record Grant(String principal, String verb, String name) {}

  static AclFile read(Path file) throws IOException {
    List<Grant> grants = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] words = trimmed.split("\\s+");
      if (words.length != 3) {
        throw new IllegalArgumentException("Not <principal> <verb> <name>: " + line);
      }
      grants.add(new Grant(words[0], words[1], words[2]));
    }
    return new AclFile(grants);
  }

  Set<String> principals() {
    Set<String> principals = new LinkedHashSet<>();
    grants.forEach(g -> principals.add(g.principal()));
    return principals;
  }

  Set<String> topics() {
    Set<String> topics = new LinkedHashSet<>();
    for (Grant grant : grants) {
      if (grant.verb().equals("produces")) {
        topics.add(grant.name());
      } else if (grant.verb().equals("consumes")) {
        topics.add(grant.name());
        topics.add(grant.name() + "-dlt");
      }
    }
    return topics;
  }

  List<AclBinding> bindings() {
    List<AclBinding> bindings = new ArrayList<>();
    for (Grant grant : grants) {
      switch (grant.verb()) {
        case "produces" ->
            allow(
                bindings,
                grant,
                topic(grant.name()),
                AclOperation.WRITE,
                AclOperation.DESCRIBE,
                AclOperation.CREATE);
        case "consumes" -> {
          allow(bindings, grant, topic(grant.name()), AclOperation.READ, AclOperation.DESCRIBE);
          allow(
              bindings,
              grant,
              topic(grant.name() + "-dlt"),
              AclOperation.READ,
              AclOperation.WRITE,
              AclOperation.DESCRIBE,
              AclOperation.CREATE);
        }
        case "groups" ->
            allow(
                bindings,
                grant,
                new ResourcePattern(ResourceType.GROUP, grant.name(), PatternType.PREFIXED),
                AclOperation.READ,
                AclOperation.DESCRIBE);
        default -> throw new IllegalArgumentException("Unknown verb in " + grant);
      }
    }
    return bindings;
  }

  private static ResourcePattern topic(String name) {
    return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
  }

  private static void allow(
      List<AclBinding> bindings, Grant grant, ResourcePattern pattern, AclOperation... operations) {
    for (AclOperation operation : operations) {
      bindings.add(
          new AclBinding(
              pattern,
              new AccessControlEntry(
                  "User:" + grant.principal(), "*", operation, AclPermissionType.ALLOW)));
    }
  }
}
