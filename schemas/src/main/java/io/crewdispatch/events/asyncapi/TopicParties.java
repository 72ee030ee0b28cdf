package io.crewdispatch.events.asyncapi;

import static io.crewdispatch.events.topic.Topic.AUTH_EVENTS;
import static io.crewdispatch.events.topic.Topic.AUTH_LINKS;
import static io.crewdispatch.events.topic.Topic.CHARTER_EVENTS;
import static io.crewdispatch.events.topic.Topic.DISPATCH_EVENTS;
import static io.crewdispatch.events.topic.Topic.NOTIFICATION_EVENTS;
import static io.crewdispatch.events.topic.Topic.OPS_EVENTS;
import static io.crewdispatch.events.topic.Topic.PORTAL_EVENTS;
import static io.crewdispatch.events.topic.Topic.ROSTER_MEMBERS;
import static io.crewdispatch.events.topic.Topic.STATEMENT_EVENTS;

import io.crewdispatch.events.topic.Topic;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who writes and who reads each topic: the contract's topic table (and its ACLs), kept beside the
 * catalogue so the AsyncAPI document can say it. A topic missing here fails the generator.
 */
final class TopicParties {

  static final String ROSTER = "roster-service";
  static final String DISPATCH = "dispatch-service";
  static final String AUTH = "auth-service";
  static final String NOTIFICATION = "notification-service";
  static final String REPORTING = "reporting-service";
  static final String CONSOLE = "office-console";
  static final String BOOKING_SYSTEMS = "booking-systems";

  record Parties(List<String> producers, List<String> consumers) {}

  private static final Map<Topic, Parties> PARTIES = new EnumMap<>(Topic.class);

  static {
    PARTIES.put(
        CHARTER_EVENTS,
        new Parties(
            List.of(BOOKING_SYSTEMS, DISPATCH),
            List.of(DISPATCH, AUTH, REPORTING, ROSTER, CONSOLE)));
    PARTIES.put(
        DISPATCH_EVENTS,
        new Parties(List.of(DISPATCH), List.of(AUTH, NOTIFICATION, REPORTING, ROSTER, CONSOLE)));
    PARTIES.put(AUTH_LINKS, new Parties(List.of(AUTH), List.of(NOTIFICATION)));
    PARTIES.put(AUTH_EVENTS, new Parties(List.of(AUTH), List.of(DISPATCH, NOTIFICATION, CONSOLE)));
    PARTIES.put(
        ROSTER_MEMBERS, new Parties(List.of(ROSTER), List.of(DISPATCH, AUTH, REPORTING, CONSOLE)));
    PARTIES.put(STATEMENT_EVENTS, new Parties(List.of(REPORTING), List.of(NOTIFICATION, CONSOLE)));
    PARTIES.put(
        NOTIFICATION_EVENTS, new Parties(List.of(NOTIFICATION), List.of(DISPATCH, CONSOLE)));
    PARTIES.put(PORTAL_EVENTS, new Parties(List.of(AUTH), List.of(ROSTER, CONSOLE)));
    PARTIES.put(
        OPS_EVENTS,
        new Parties(
            List.of(ROSTER, DISPATCH, AUTH, NOTIFICATION, REPORTING),
            List.of(DISPATCH, NOTIFICATION, CONSOLE)));
  }

  private TopicParties() {}

  static Parties of(Topic topic) {
    Parties parties = PARTIES.get(topic);
    if (parties == null) {
      throw new IllegalStateException(
          "No producers and consumers for " + topic.topicName() + " in TopicParties");
    }
    return parties;
  }
}
