package io.crewdispatch.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.events.Integration;
import io.crewdispatch.platform.kafka.ServiceTopics;
import io.crewdispatch.testsupport.WithInfrastructure;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The platform's DynamoDB client and Kafka template tell {@link IntegrationAnswers} when a call of
 * the service's own succeeded (real DynamoDB Local and broker), so the integration watch need not
 * probe them while the service works.
 */
@SpringBootTest(
    classes = IntegrationAnswersIT.App.class,
    properties = {
      "spring.application.name=answers-test",
      "spring.kafka.consumer.group-id=answers-test",
      "crewdispatch.platform.dynamodb.create-tables=false",
      "crewdispatch.platform.ops.check-interval=1h"
    })
@WithInfrastructure
class IntegrationAnswersIT {

  static final Duration JUST_NOW = Duration.ofMillis(300);
  static final String TOPIC = "integration-answers-it";

  @Autowired IntegrationAnswers answers;
  @Autowired DynamoDbClient dynamoDb;
  @Autowired KafkaTemplate<Object, Object> template;
  @Autowired KafkaAdmin admin;

  @Test
  void aDynamoDbCallThatSucceededSaysDynamoDbAnswers() throws Exception {
    Thread.sleep(JUST_NOW.toMillis());
    assertThat(answers.answeredWithin(Integration.DYNAMODB, JUST_NOW)).isFalse();

    dynamoDb.listTables();

    assertThat(answers.answeredWithin(Integration.DYNAMODB, JUST_NOW)).isTrue();
  }

  @Test
  void aSendTheBrokerAcknowledgedSaysKafkaAnswers() throws Exception {
    admin.createOrModifyTopics(new NewTopic(TOPIC, 1, (short) 1));
    Thread.sleep(JUST_NOW.toMillis());
    assertThat(answers.answeredWithin(Integration.KAFKA, JUST_NOW)).isFalse();

    template.send(TOPIC, "key", new byte[] {1}).get();

    assertThat(answers.answeredWithin(Integration.KAFKA, JUST_NOW)).isTrue();
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {

    @Bean
    ServiceTopics serviceTopics() {
      return new ServiceTopics(List.of(), List.of());
    }
  }
}
