package io.crewdispatch.platform.kafka;

import io.crewdispatch.events.serde.AvroEventSerializer;
import io.crewdispatch.events.serde.EventDecodingException;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.config.PlatformProperties;
import io.crewdispatch.platform.ops.IntegrationAnswers;
import io.crewdispatch.platform.ops.OpsEvents;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The Kafka conventions of every service: Avro single-object values, one error handler that retries
 * infrastructure failures for as long as they last and sends poison to {@code <topic>-dlt}
 * (reported on {@code ops-events}), event ids in the logging context, and topic creation.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
public class KafkaPlatformConfiguration {

  /** Kafka's own default for {@code max.poll.interval.ms}. */
  private static final long DEFAULT_MAX_POLL_INTERVAL_MS = 300_000;

  /** Avro for events; raw bytes for records that failed to decode and go to a dead-letter topic. */
  @Bean
  DefaultKafkaProducerFactoryCustomizer avroValueSerializer() {
    Map<Class<?>, Serializer<?>> delegates = new LinkedHashMap<>();
    delegates.put(byte[].class, new ByteArraySerializer());
    delegates.put(SpecificRecord.class, new AvroEventSerializer());
    return factory -> {
      @SuppressWarnings("unchecked")
      var typed = (DefaultKafkaProducerFactory<Object, Object>) factory;
      typed.setValueSerializerSupplier(() -> new DelegatingByTypeSerializer(delegates, true));
    };
  }

  @Bean
  @ConditionalOnMissingBean
  OpsEvents opsEvents(KafkaOperations<Object, Object> template, Environment environment) {
    return new OpsEvents(
        template, environment.getProperty("spring.application.name", "unknown-service"));
  }

  /**
   * One policy for every consumer. A record that is poison (undecodable, invalid, or declared
   * non-retryable) goes to {@code <topic>-dlt} at once and is reported. Anything else is taken for
   * an infrastructure failure (DynamoDB throttled or down, a broker timeout) and retried with
   * capped exponential back-off for as long as it lasts: the partition waits and nothing is
   * skipped. The back-off sleeps between polls on the consumer thread and then seeks back to the
   * failed record, so the cap ({@code retry.max-interval}, checked below {@code
   * max.poll.interval.ms}) keeps the consumer in its group.
   */
  @Bean
  @ConditionalOnMissingBean(CommonErrorHandler.class)
  DefaultErrorHandler kafkaErrorHandler(
      KafkaOperations<Object, Object> template,
      PlatformProperties properties,
      OpsEvents ops,
      MeterRegistry meters,
      Clock clock,
      KafkaProperties kafkaProperties) {
    PlatformProperties.Retry retry = properties.kafka().retry();
    requireBelowPollInterval(retry, kafkaProperties);
    ExponentialBackOff backOff =
        new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
    backOff.setMaxInterval(retry.maxInterval().toMillis());
    DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template);
    recoverer.setHeadersFunction((record, exception) -> DeadLetterReason.headers(exception));
    ClassifyingErrorHandler handler =
        new ClassifyingErrorHandler(new DeadLetterReporter(recoverer, ops, meters, clock), backOff);
    handler.setSeekAfterError(true);
    // The KafkaException the handler throws once it has dealt with a failure (a batch's record
    // dead-lettered, the rest fetched again) carries the failure's chain of messages, which may
    // quote personal data (a mail server's reply names the address): not at ERROR in every log.
    // DeadLetterReporter logs the record, its event and the failure's type instead.
    handler.setLogLevel(KafkaException.Level.DEBUG);
    handler.setRetryListeners(new FailureLog(handler::retries));
    handler.addNotRetryableExceptions(
        EventDecodingException.class, NonRetryableEventException.class, ValidationException.class);
    return handler;
  }

  private static void requireBelowPollInterval(
      PlatformProperties.Retry retry, KafkaProperties kafkaProperties) {
    Object configured =
        kafkaProperties.buildConsumerProperties().get(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG);
    long pollInterval =
        configured == null ? DEFAULT_MAX_POLL_INTERVAL_MS : Long.parseLong(configured.toString());
    if (retry.maxInterval().toMillis() * 3 > pollInterval) {
      throw new IllegalStateException(
          "crewdispatch.platform.kafka.retry.max-interval "
              + retry.maxInterval()
              + " must stay well below max.poll.interval.ms "
              + pollInterval
              + " (at most a third), or a waiting consumer leaves its group");
    }
  }

  @Bean
  @ConditionalOnMissingBean(RecordInterceptor.class)
  RecordInterceptor<Object, Object> eventLoggingContext(MeterRegistry meters) {
    return new EventLoggingContext(meters);
  }

  /** Acknowledged sends tell the integration watch that Kafka answers (no probe needed then). */
  @Bean
  static BeanPostProcessor kafkaAnswersOnTemplates(ObjectProvider<IntegrationAnswers> answers) {
    return new KafkaAnswers.OnTemplates(answers);
  }

  /** The Kafka clients' periodic chores on one thread of the service's, not one per client. */
  @Bean
  KafkaHousekeeping kafkaHousekeeping() {
    return new KafkaHousekeeping();
  }

  @Bean
  static BeanPostProcessor kafkaHousekeepingOnClients(
      ObjectProvider<KafkaHousekeeping> housekeeping, ObjectProvider<MeterRegistry> meters) {
    return new KafkaHousekeeping.OnClients(housekeeping, meters);
  }

  @Bean
  KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
    return new KafkaHealthIndicator(kafkaAdmin);
  }

  @Bean
  @ConditionalOnBean(ServiceTopics.class)
  KafkaAdmin.NewTopics serviceTopicDeclarations(
      ServiceTopics topics, PlatformProperties properties) {
    return new KafkaAdmin.NewTopics(newTopics(topics, properties.kafka()).toArray(NewTopic[]::new));
  }

  static List<NewTopic> newTopics(ServiceTopics topics, PlatformProperties.Kafka kafka) {
    Optional<Short> replicas =
        kafka.replicationFactor() > 0
            ? Optional.of((short) kafka.replicationFactor())
            : Optional.empty();
    Set<String> names = new LinkedHashSet<>();
    List<NewTopic> out = new ArrayList<>();
    List<Topic> all = new ArrayList<>(topics.produces());
    all.addAll(topics.consumes());
    all.add(Topic.OPS_EVENTS); // every service reports dead letters and integration states
    for (Topic topic : all) {
      if (names.add(topic.topicName())) {
        out.add(newTopic(topic.topicName(), topic.compacted(), kafka, replicas));
      }
    }
    for (Topic topic : topics.consumes()) {
      if (names.add(topic.deadLetterTopicName())) {
        // as many partitions as its source: dead letters keep their partition
        out.add(newTopic(topic.deadLetterTopicName(), false, kafka, replicas));
      }
    }
    return out;
  }

  private static NewTopic newTopic(
      String name, boolean compacted, PlatformProperties.Kafka kafka, Optional<Short> replicas) {
    NewTopic created = new NewTopic(name, Optional.of(kafka.partitions()), replicas);
    Map<String, String> configs = new LinkedHashMap<>();
    if (compacted) {
      configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    }
    if (kafka.minInsyncReplicas() > 0) {
      configs.put(
          TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(kafka.minInsyncReplicas()));
    }
    return created.configs(configs);
  }
}
