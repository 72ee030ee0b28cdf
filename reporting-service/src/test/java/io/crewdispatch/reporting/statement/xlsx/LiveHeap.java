package io.crewdispatch.reporting.statement.xlsx;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The live heap, read from the collector itself: the heap in use at the end of each full (major)
 * collection is exactly what was still reachable. Reading "used" from another thread instead would
 * count whatever the measured code allocated in between.
 */
final class LiveHeap {

  private LiveHeap() {}

  /** Starts tracking; the returned value holds the largest live heap seen so far, in bytes. */
  static AtomicLong track() {
    AtomicLong peak = new AtomicLong();
    Set<String> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector)
          .addNotificationListener(
              (notification, handback) -> {
                if (!notification
                    .getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  return;
                }
                var info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                if (info.getGcAction().equals("end of major GC")) {
                  long live =
                      info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                          .filter(e -> heapPools.contains(e.getKey()))
                          .mapToLong(e -> e.getValue().getUsed())
                          .sum();
                  peak.accumulateAndGet(live, Math::max);
                }
              },
              null,
              null);
    }
    return peak;
  }
}
