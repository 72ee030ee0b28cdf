package io.crewdispatch.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * A real SMTP server (GreenMail) in the stack's own JVM; it accepts every message. Every message
 * notification-service sends is also saved as an .eml under var/mail by the service itself.
 */
final class MailServer implements Component {

  private final StackConfig config;
  private GreenMail greenMail;

  MailServer(StackConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "smtp";
  }

  @Override
  public void start() {
    greenMail =
        new GreenMail(new ServerSetup(config.smtpPort(), "localhost", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  /** Everything the server has accepted since it started. */
  List<MimeMessage> received() {
    return List.of(greenMail.getReceivedMessages());
  }

  @Override
  public String location() {
    return "smtp://localhost:"
        + config.smtpPort()
        + "  (copies of every message: "
        + config.mailDir()
        + ")";
  }

  @Override
  public void close() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }
}
