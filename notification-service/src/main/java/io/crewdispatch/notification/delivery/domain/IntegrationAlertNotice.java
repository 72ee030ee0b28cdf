package io.crewdispatch.notification.delivery.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The office hears that an integration went down, degraded or came back (flow 12): once per state
 * change, which is the reporting service, the integration, the state and since when, so a repeated
 * report of the same outage sends nothing more.
 *
 * @param whatToDo what a person must do, when a person must (null otherwise)
 */
public record IntegrationAlertNotice(
    String eventId,
    String service,
    String integration,
    String state,
    String detail,
    Instant since,
    String whatToDo)
    implements Notice {

  /** The integrations mail itself depends on: when one is down, email may not reach anyone. */
  public boolean aboutMail() {
    return integration.equals("GMAIL") || integration.equals("SMTP");
  }

  /** Infrastructure every service reports on its own: one outage is several alerts. */
  public boolean sharedInfrastructure() {
    return integration.equals("DYNAMODB") || integration.equals("KAFKA");
  }

  public boolean up() {
    return state.equals("UP");
  }

  @Override
  public NoticeKind kind() {
    return NoticeKind.INTEGRATION_ALERT;
  }

  @Override
  public String key() {
    return "ops";
  }

  @Override
  public Optional<String> charterId() {
    return Optional.empty();
  }

  @Override
  public String deliveryId() {
    return "integration#" + service + "#" + integration + "#" + state + "#" + since.toEpochMilli();
  }
}
