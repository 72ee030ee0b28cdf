package io.crewdispatch.platform.kafka;

import io.crewdispatch.events.serde.AvroEventSerializer;
import io.crewdispatch.events.serde.EventDecodingException;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.platform.config.PlatformProperties;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

/**
 * The Kafka conventions of every service: Avro single-object values, one error handler that retries
 * with exponential back-off and then publishes to {@code <topic>-dlt} (undecodable and invalid
 * events without retrying), event ids in the logging context, and topic creation.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
public class KafkaPlatformConfiguration {

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
  @ConditionalOnMissingBean(CommonErrorHandler.class)
  DefaultErrorHandler kafkaErrorHandler(
      KafkaOperations<Object, Object> template, PlatformProperties properties) {
    PlatformProperties.Retry retry = properties.kafka().retry();
    ExponentialBackOffWithMaxRetries backOff =
        new ExponentialBackOffWithMaxRetries(retry.maxRetries());
    backOff.setInitialInterval(retry.initialInterval().toMillis());
    backOff.setMultiplier(retry.multiplier());
    backOff.setMaxInterval(retry.maxInterval().toMillis());
    DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template);
    recoverer.setHeadersFunction((record, exception) -> DeadLetterReason.headers(exception));
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
    handler.addNotRetryableExceptions(
        EventDecodingException.class, NonRetryableEventException.class, ValidationException.class);
    return handler;
  }

  @Bean
  @ConditionalOnMissingBean(RecordInterceptor.class)
  RecordInterceptor<Object, Object> eventLoggingContext(MeterRegistry meters) {
    return new EventLoggingContext(meters);
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
    for (Topic topic : all) {
      if (names.add(topic.topicName())) {
        NewTopic created =
            new NewTopic(topic.topicName(), Optional.of(kafka.partitions()), replicas);
        if (topic.compacted()) {
          created.configs(
              Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        out.add(created);
      }
    }
    for (Topic topic : topics.consumes()) {
      if (names.add(topic.deadLetterTopicName())) {
        out.add(
            new NewTopic(topic.deadLetterTopicName(), Optional.of(kafka.partitions()), replicas));
      }
    }
    return out;
  }
}
