package io.crewdispatch.localstack;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.function.Consumer;

/**
 * A real SMTP server (GreenMail) in the stack's own JVM; it accepts every message. Every message
 * notification-service sends is also saved as an .eml under var/mail by the service itself.
 */
public final class MailServer implements Component {

  private final StackConfig config;
  private GreenMail greenMail;
  private volatile Consumer<Delivery> deliveryListener = d -> {};

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
    var users = greenMail.getUserManager();
    MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
    users.setMessageDeliveryHandler(
        (message, recipient) -> {
          long acceptedAtNanos = System.nanoTime();
          deliveryListener.accept(
              new Delivery(acceptedAtNanos, recipient.getEmail(), message.getMessage()));
          return deliver.handle(message, recipient);
        });
  }

  /** One message accepted for one recipient, with the monotonic time it was accepted. */
  public record Delivery(long acceptedAtNanos, String recipient, MimeMessage message) {}

  /** Told of every delivery as the server accepts it (benchmarks time the path to here). */
  void onDelivery(Consumer<Delivery> listener) {
    this.deliveryListener = listener;
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
