package io.crewdispatch.notification.delivery.ops;

import io.crewdispatch.events.Integration;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.MailHealth;
import io.crewdispatch.platform.ops.IntegrationStates;
import org.springframework.stereotype.Component;

/**
 * Mail's health as IntegrationStateChanged on ops-events. A refused Gmail credential is announced
 * at once with the command that re-authorizes it: that event reaches the office console even when
 * there is no SMTP server to email the office through.
 */
@Component
class OpsMailHealth implements MailHealth {

  private final IntegrationStates states;
  private final Integration integration;
  private final String reauthorize;

  OpsMailHealth(IntegrationStates states, NotificationProperties properties) {
    this.states = states;
    this.integration =
        properties.transport() == NotificationProperties.Transport.GMAIL
            ? Integration.GMAIL
            : Integration.SMTP;
    this.reauthorize =
        "Re-authorize Gmail: on a machine with a browser run `GMAIL_CLIENT_ID=… GMAIL_CLIENT_SECRET=…"
            + " GMAIL_TOKEN_FILE="
            + properties.gmail().tokenFile()
            + " java -jar notification-service.jar authorize`, sign in as the sending account,"
            + " and put the file it writes in place on the server (mode 0600). Held mail then goes"
            + " out by itself.";
  }

  @Override
  public void working() {
    states.succeeded(integration);
  }

  @Override
  public void failing(String detail) {
    states.failed(integration, detail, null, false);
  }

  @Override
  public void refused(String detail) {
    states.failed(
        integration,
        detail,
        integration == Integration.GMAIL ? reauthorize : "Check SMTP_USERNAME and SMTP_PASSWORD",
        true);
  }
}
