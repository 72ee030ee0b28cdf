package io.crewdispatch.testsupport;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.util.ClassUtils;

/**
 * Which listeners fetch in batches, read from what their containers pass to the consumer, and how
 * many consumers each runs.
 */
public final class BatchedListeners {

  private BatchedListeners() {}

  /** Listener id → "min bytes B, max wait ms" for each listener that overrides the fetch. */
  public static Map<String, String> of(KafkaListenerEndpointRegistry registry) {
    Map<String, String> out = new TreeMap<>();
    for (String id : registry.getListenerContainerIds()) {
      Properties own =
          registry.getListenerContainer(id).getContainerProperties().getKafkaConsumerProperties();
      if (own.getProperty("fetch.min.bytes") != null) {
        out.put(
            id,
            own.getProperty("fetch.min.bytes")
                + " B, "
                + own.getProperty("fetch.max.wait.ms")
                + " ms");
      }
    }
    return out;
  }

  /** Listener id → how many consumers its container runs. */
  public static Map<String, Integer> consumers(KafkaListenerEndpointRegistry registry) {
    Map<String, Integer> out = new TreeMap<>();
    for (String id : registry.getListenerContainerIds()) {
      if (registry.getListenerContainer(id)
          instanceof ConcurrentMessageListenerContainer<?, ?> container) {
        out.put(id, container.getConcurrency());
      } else {
        out.put(id, 1);
      }
    }
    return out;
  }

  /**
   * Listener id → the consumer count its {@code @KafkaListener} (on the class or on a method of one
   * of the service's beans) declares ("" where it takes the service's {@code
   * spring.kafka.listener.concurrency}): for a test context that sets that default to 1, where
   * {@link #consumers} could not tell the two apart.
   */
  public static Map<String, String> declaredConsumers(ApplicationContext context) {
    Map<String, String> out = new TreeMap<>();
    for (String name : context.getBeanDefinitionNames()) {
      Class<?> type = context.getType(name);
      if (type == null || !type.getName().startsWith("io.crewdispatch.")) {
        continue;
      }
      Class<?> target = ClassUtils.getUserClass(type);
      KafkaListener onClass = AnnotationUtils.findAnnotation(target, KafkaListener.class);
      if (onClass != null) {
        out.put(onClass.id(), onClass.concurrency());
      }
      MethodIntrospector.selectMethods(
              target,
              (MethodIntrospector.MetadataLookup<KafkaListener>)
                  method -> AnnotatedElementUtils.findMergedAnnotation(method, KafkaListener.class))
          .values()
          .forEach(listener -> out.put(listener.id(), listener.concurrency()));
    }
    return out;
  }
}
