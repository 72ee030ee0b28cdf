package io.crewdispatch.platform.aot;

import java.lang.annotation.Annotation;
import java.util.List;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.MethodMetadata;
import org.springframework.util.ClassUtils;

/**
 * The conditions on our own classes and bean methods that read properties ({@code
 * ConditionalOnProperty}, {@code ConditionalOnBooleanProperty}, {@code ConditionalOnExpression}):
 * the adapter switches. Spring's AOT processing evaluates them once, at build time; a start from
 * its generated code evaluates them again with its own environment and leaves AOT mode if any comes
 * out otherwise (a {@code ROSTER_SOURCE=sheets} start of a jar built for {@code xlsx} would
 * otherwise run the workbook adapter without a word).
 */
final class PropertyConditions {

  /** Where the build's outcomes are kept: one line per element, {@code class[#method]=true}. */
  static final String RESOURCE = "META-INF/crewdispatch/aot-property-conditions.properties";

  static final List<Class<? extends Annotation>> TYPES =
      List.of(
          ConditionalOnProperty.class,
          ConditionalOnBooleanProperty.class,
          ConditionalOnExpression.class);

  private PropertyConditions() {}

  /** Whether {@code metadata} (a class or a bean method) carries a property condition. */
  static boolean conditional(AnnotatedTypeMetadata metadata) {
    return TYPES.stream().anyMatch(t -> metadata.isAnnotated(t.getName()));
  }

  /** The element a key names: {@code class} or {@code class#method}. */
  static AnnotatedTypeMetadata element(String key, ClassLoader loader) {
    int hash = key.indexOf('#');
    String className = hash < 0 ? key : key.substring(0, hash);
    AnnotationMetadata type =
        AnnotationMetadata.introspect(ClassUtils.resolveClassName(className, loader));
    if (hash < 0) {
      return type;
    }
    String method = key.substring(hash + 1);
    return type.getDeclaredMethods().stream()
        .filter(m -> m.getMethodName().equals(method) && conditional(m))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No conditional bean method " + key));
  }

  static String key(AnnotationMetadata type, MethodMetadata method) {
    return method == null
        ? type.getClassName()
        : type.getClassName() + "#" + method.getMethodName();
  }

  /**
   * Whether every property condition of the element matches, each evaluated by Spring Boot's own
   * condition class: the element is registered only if all do.
   */
  static boolean matches(AnnotatedTypeMetadata element, ConditionContext context) {
    for (Class<? extends Annotation> type : TYPES) {
      if (element.isAnnotated(type.getName())) {
        for (Class<? extends Condition> condition : type.getAnnotation(Conditional.class).value()) {
          if (!BeanUtils.instantiateClass(condition).matches(context, element)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** What Spring's own conditions are given: the bean factory, its environment and loaders. */
  static ConditionContext context(
      ConfigurableListableBeanFactory beanFactory, Environment environment, ClassLoader loader) {
    return new ConditionContext() {
      @Override
      public BeanDefinitionRegistry getRegistry() {
        return (BeanDefinitionRegistry) beanFactory;
      }

      @Override
      public ConfigurableListableBeanFactory getBeanFactory() {
        return beanFactory;
      }

      @Override
      public Environment getEnvironment() {
        return environment;
      }

      @Override
      public ResourceLoader getResourceLoader() {
        return new DefaultResourceLoader(loader);
      }

      @Override
      public ClassLoader getClassLoader() {
        return loader;
      }
    };
  }
}
