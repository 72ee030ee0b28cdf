package io.crewdispatch.console.system;

import io.crewdispatch.console.board.application.BoardChanged;
import io.crewdispatch.console.board.application.BoardStore;
import io.crewdispatch.console.board.domain.DeadLetter;
import io.crewdispatch.console.board.domain.IntegrationStatus;
import io.crewdispatch.console.config.ConsoleProperties;
import io.crewdispatch.console.live.LivePage;
import io.crewdispatch.console.live.Times;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Each service's health, the events that could not be handled, and the integrations. */
@Component
class SystemPage implements LivePage {

  private final BoardStore store;
  private final ServiceHealth health;
  private final ConsoleProperties properties;

  SystemPage(BoardStore store, ServiceHealth health, ConsoleProperties properties) {
    this.store = store;
    this.health = health;
    this.properties = properties;
  }

  @Override
  public String name() {
    return "system";
  }

  @Override
  public boolean shows(BoardChanged change, Map<String, String> params) {
    return change.area() == BoardChanged.Area.SYSTEM;
  }

  @Override
  public Map<String, Object> model(Map<String, String> params) {
    Map<String, Integer> deadByTopic = new TreeMap<>();
    List<DeadLetter> dead =
        store.deadLetters().stream()
            .sorted(Comparator.comparing(DeadLetter::deadLetteredAt).reversed())
            .toList();
    dead.forEach(d -> deadByTopic.merge(d.service() + " reading " + d.topic(), 1, Integer::sum));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("health", health.all());
    model.put("deadByTopic", deadByTopic);
    model.put(
        "deadLatest",
        dead.stream()
            .limit(20)
            .map(
                d ->
                    new Dead(
                        Times.dayTime(d.deadLetteredAt(), properties.officeZone()),
                        d.service(),
                        d.topic(),
                        d.eventType() == null ? "unknown" : d.eventType(),
                        d.key(),
                        d.reason()))
            .toList());
    model.put(
        "integrations",
        store.integrations().stream()
            .sorted(
                Comparator.comparing(IntegrationStatus::up)
                    .thenComparing(IntegrationStatus::service))
            .map(
                i ->
                    new Integration(
                        i.service(),
                        i.integration(),
                        i.state(),
                        i.detail(),
                        Times.dayTime(i.since(), properties.officeZone()),
                        i.up() ? null : whatToDo(i)))
            .toList());
    return model;
  }

  private static String whatToDo(IntegrationStatus status) {
    if (status.whatToDo() != null) {
      return status.whatToDo();
    }
    return switch (status.integration()) {
      case "GMAIL" ->
          "Re-authorize Gmail: on a machine with a browser run GMAIL_TOKEN_FILE=var/gmail-token.json java -jar notification-service.jar authorize and sign in with the office's Google account. The running service picks up the new token by itself.";
      case "SHEETS", "DRIVE" ->
          "Check that the service account still has access to the sheet or folder.";
      default ->
          "Check that "
              + status.integration().toLowerCase()
              + " is running and reachable from "
              + status.service()
              + ".";
    };
  }

  record Dead(
      String at, String service, String topic, String eventType, String key, String reason) {}

  record Integration(
      String service,
      String integration,
      String state,
      String detail,
      String since,
      String whatToDo) {}
}
