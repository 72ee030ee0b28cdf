package io.crewdispatch.events.topic;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.AvailabilitySet;
import io.crewdispatch.events.CallExtended;
import io.crewdispatch.events.CallWithdrawn;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CaptainConfirmed;
import io.crewdispatch.events.CascadePaused;
import io.crewdispatch.events.CascadeResumed;
import io.crewdispatch.events.CascadeStalled;
import io.crewdispatch.events.CertificateExpiring;
import io.crewdispatch.events.CharterBooked;
import io.crewdispatch.events.CharterCancelled;
import io.crewdispatch.events.CharterCompleted;
import io.crewdispatch.events.CharterInvoiced;
import io.crewdispatch.events.CharterStaffed;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.CrewConfirmed;
import io.crewdispatch.events.EventDeadLettered;
import io.crewdispatch.events.IntegrationStateChanged;
import io.crewdispatch.events.NotificationFailed;
import io.crewdispatch.events.NotificationSent;
import io.crewdispatch.events.PortalLinkIssued;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.SeatReleased;
import io.crewdispatch.events.StatementReady;
import io.crewdispatch.events.TokenAccepted;
import io.crewdispatch.events.TokenDeclined;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * The topic catalogue: every topic, its key, and the event types it may carry. Serializers refuse
 * to put any other type on a topic, and deserializers decode exactly these types.
 */
public enum Topic {
  CHARTER_EVENTS(
      "charter-events",
      "charterId",
      false,
      List.of(
          CharterBooked.class,
          CharterCancelled.class,
          CharterCompleted.class,
          CharterInvoiced.class)),
  DISPATCH_EVENTS(
      "dispatch-events",
      "charterId",
      false,
      List.of(
          CaptainCalled.class,
          CrewCalled.class,
          CallWithdrawn.class,
          CaptainConfirmed.class,
          CharterStaffed.class,
          CascadeStalled.class,
          CrewConfirmed.class,
          SeatReleased.class,
          CallExtended.class,
          CascadePaused.class,
          CascadeResumed.class)),
  /** Holds live links: in production only notification-service may read it (ACL). */
  AUTH_LINKS(
      "auth-links",
      "charterId (call links) or crewId (portal links)",
      false,
      List.of(AcceptLinkIssued.class, PortalLinkIssued.class)),
  AUTH_EVENTS("auth-events", "charterId", false, List.of(TokenAccepted.class, TokenDeclined.class)),
  ROSTER_MEMBERS("roster-members", "crewId", true, List.of(RosterChanged.class)),
  STATEMENT_EVENTS("statement-events", "month", false, List.of(StatementReady.class)),
  NOTIFICATION_EVENTS(
      "notification-events",
      "charterId or month",
      false,
      List.of(NotificationSent.class, NotificationFailed.class)),
  /** A crew member's own answers from the crew portal; roster-service writes them to the sheet. */
  PORTAL_EVENTS("portal-events", "crewId", false, List.of(AvailabilitySet.class)),
  /** What the office must know about the system itself; every service produces it. */
  OPS_EVENTS(
      "ops-events",
      "service name",
      false,
      List.of(EventDeadLettered.class, IntegrationStateChanged.class, CertificateExpiring.class));

  /** Suffix of every dead-letter topic (spring-kafka's default since 3.3). */
  public static final String DEAD_LETTER_SUFFIX = "-dlt";

  private final String topicName;
  private final String key;
  private final boolean compacted;
  private final List<Class<? extends SpecificRecord>> eventTypes;

  Topic(
      String topicName,
      String key,
      boolean compacted,
      List<Class<? extends SpecificRecord>> eventTypes) {
    this.topicName = topicName;
    this.key = key;
    this.compacted = compacted;
    this.eventTypes = eventTypes;
  }

  public String topicName() {
    return topicName;
  }

  public String deadLetterTopicName() {
    return topicName + DEAD_LETTER_SUFFIX;
  }

  /** What the record key is: documentation for producers and for ops dashboards. */
  public String key() {
    return key;
  }

  /** Whether the topic keeps only the latest record per key (cleanup.policy=compact). */
  public boolean compacted() {
    return compacted;
  }

  public List<Class<? extends SpecificRecord>> eventTypes() {
    return eventTypes;
  }

  public boolean carries(Class<?> type) {
    return eventTypes.contains(type);
  }

  /** Finds a topic by its name or by the name of its dead-letter topic. */
  public static Optional<Topic> forName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String base =
        name.endsWith(DEAD_LETTER_SUFFIX)
            ? name.substring(0, name.length() - DEAD_LETTER_SUFFIX.length())
            : name;
    return Arrays.stream(values()).filter(t -> t.topicName.equals(base)).findFirst();
  }
}
