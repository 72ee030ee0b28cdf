package io.crewdispatch.bench;

import io.crewdispatch.events.serde.EventTypeRegistry;
import io.crewdispatch.events.topic.Topic;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * What the event registry costs a service's start: the main thread's CPU to load every event type's
 * current schema (which a service pays anyway, to publish), then to build {@link
 * EventTypeRegistry#standard()} on top (the released schemas, parsed so older writers can be read).
 * Cold, once per JVM, as a start pays it: run it a few times with the services' JIT setting, {@code
 * java -XX:TieredStopAtLevel=1 -cp ... io.crewdispatch.bench.RegistryCost}.
 */
public final class RegistryCost {

  private RegistryCost() {}

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    Set<Class<? extends SpecificRecord>> types = new LinkedHashSet<>();
    for (Topic topic : Topic.values()) {
      types.addAll(topic.eventTypes());
    }
    types.forEach(type -> SpecificData.getForClass(type).getSchema(type));
    long loaded = threads.getCurrentThreadCpuTime();
    EventTypeRegistry.standard();
    long built = threads.getCurrentThreadCpuTime();
    System.out.printf(
        "registry: %d event types' schemas %.0f ms CPU; EventTypeRegistry.standard() %.0f ms CPU%n",
        types.size(), (loaded - start) / 1e6, (built - loaded) / 1e6);
  }
}
