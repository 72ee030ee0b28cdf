package io.crewdispatch.platform.kafka;

import io.crewdispatch.events.topic.Topic;
import java.util.List;

/**
 * What one service produces and consumes. Each service declares one; the platform creates every
 * topic it names (if missing) and the dead-letter topic of each consumed one, so services can start
 * in any order.
 */
public record ServiceTopics(List<Topic> produces, List<Topic> consumes) {

  public ServiceTopics {
    produces = List.copyOf(produces);
    consumes = List.copyOf(consumes);
  }
}
