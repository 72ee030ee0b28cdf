package io.crewdispatch.platform.aot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

/**
 * At build time (Spring's AOT processing), writes the outcome of every property condition on our
 * classes and bean methods into the jar ({@link PropertyConditions#RESOURCE}), for {@link
 * PropertyConditionsCheck} to compare with at start.
 */
class PropertyConditionsRecorder implements BeanFactoryInitializationAotProcessor {

  private static final String OUR_CLASSES = "classpath*:io/crewdispatch/**/*.class";

  @Override
  public BeanFactoryInitializationAotContribution processAheadOfTime(
      ConfigurableListableBeanFactory beanFactory) {
    if (beanFactory.getParentBeanFactory() != null) {
      return null; // the management port's child context: the application's context records
    }
    Environment environment = beanFactory.getBean(Environment.class);
    ClassLoader loader = beanFactory.getBeanClassLoader();
    var context = PropertyConditions.context(beanFactory, environment, loader);
    Map<String, Boolean> outcomes = new TreeMap<>();
    for (String key : conditionalElements(loader)) {
      outcomes.put(
          key, PropertyConditions.matches(PropertyConditions.element(key, loader), context));
    }
    StringBuilder text =
        new StringBuilder("# Property conditions as Spring's AOT processing evaluated them\n");
    outcomes.forEach((key, matches) -> text.append(key).append('=').append(matches).append('\n'));
    return (generation, code) ->
        generation.getGeneratedFiles().addResourceFile(PropertyConditions.RESOURCE, text);
  }

  /** Our classes and bean methods that carry a property condition, read from their class files. */
  private static Iterable<String> conditionalElements(ClassLoader loader) {
    MetadataReaderFactory readers = new SimpleMetadataReaderFactory(loader);
    TreeSet<String> keys = new TreeSet<>();
    try {
      for (Resource file :
          new PathMatchingResourcePatternResolver(loader).getResources(OUR_CLASSES)) {
        AnnotationMetadata type = readers.getMetadataReader(file).getAnnotationMetadata();
        if (PropertyConditions.conditional(type)) {
          keys.add(PropertyConditions.key(type, null));
        }
        for (MethodMetadata method : type.getDeclaredMethods()) {
          if (PropertyConditions.conditional(method)) {
            keys.add(PropertyConditions.key(type, method));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read our classes for their conditions", e);
    }
    return keys;
  }
}
