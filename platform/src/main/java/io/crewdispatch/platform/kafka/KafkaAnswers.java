package io.crewdispatch.platform.kafka;

import io.crewdispatch.events.Integration;
import io.crewdispatch.platform.ops.IntegrationAnswers;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Tells {@link IntegrationAnswers} that the broker acknowledged a send. Set on every {@link
 * KafkaTemplate} of the context (the services send through Spring Boot's one).
 */
final class KafkaAnswers implements ProducerInterceptor<Object, Object> {

  private final IntegrationAnswers answers;

  KafkaAnswers(IntegrationAnswers answers) {
    this.answers = answers;
  }

  @Override
  public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
    return record;
  }

  @Override
  public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    if (exception == null) {
      answers.answered(Integration.KAFKA);
    }
  }

  @Override
  public void configure(Map<String, ?> configs) {
    // nothing to configure: made by Spring, not by the producer
  }

  @Override
  public void close() {
    // nothing held
  }

  /**
   * Sets the interceptor on each template as it is made. A template holds one interceptor, so this
   * one would replace a service's own; none of the services sets one.
   */
  static final class OnTemplates implements BeanPostProcessor {

    private final ObjectProvider<IntegrationAnswers> answers;

    OnTemplates(ObjectProvider<IntegrationAnswers> answers) {
      this.answers = answers;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      if (bean instanceof KafkaTemplate<?, ?> template) {
        IntegrationAnswers found = answers.getIfAvailable();
        if (found != null) {
          ((KafkaTemplate<Object, Object>) template)
              .setProducerInterceptor(new KafkaAnswers(found));
        }
      }
      return bean;
    }
  }
}
