package io.crewdispatch.auth.config;

import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.dynamodb.TableDefinition;
import io.crewdispatch.platform.kafka.ServiceTopics;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The topics auth-service produces and consumes, and the tables it owns (created at start-up if
 * missing).
 */
@Configuration(proxyBeanMethods = false)
class AuthTopology {

  @Bean
  ServiceTopics serviceTopics() {
    return new ServiceTopics(
        List.of(Topic.AUTH_LINKS, Topic.AUTH_EVENTS, Topic.PORTAL_EVENTS),
        List.of(Topic.DISPATCH_EVENTS, Topic.CHARTER_EVENTS, Topic.ROSTER_MEMBERS));
  }

  @Bean
  TableDefinition crewPortalLinksTable() {
    // One item per token hash (call links and portal links), plus call#, charter#, outcome#, and
    // the portal's member#, email# and seat# items; a sparse index finds answers whose event the
    // broker never acknowledged.
    return TableDefinition.of("crew-portal-links", "tokenHash", ScalarAttributeType.S)
        .withGlobalIndex(
            "outbox-index",
            new TableDefinition.Key("outbox", ScalarAttributeType.S),
            new TableDefinition.Key("outboxAt", ScalarAttributeType.N))
        .withTtl("ttl");
  }

  @Bean
  TableDefinition officeUsersTable() {
    return TableDefinition.of("office-users", "email", ScalarAttributeType.S);
  }

  @Bean
  TableDefinition oauthClientsTable() {
    return TableDefinition.of("oauth-clients", "clientId", ScalarAttributeType.S);
  }
}
