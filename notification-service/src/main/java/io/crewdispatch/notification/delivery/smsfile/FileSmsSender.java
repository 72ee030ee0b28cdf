package io.crewdispatch.notification.delivery.smsfile;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.SentMail;
import io.crewdispatch.notification.delivery.application.SmsSender;
import io.crewdispatch.notification.delivery.application.TextMessage;
import io.crewdispatch.notification.delivery.application.TransientDeliveryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The local stack's SMS gateway: one text file per message under {@code var/sms/} ({@code To:}, a
 * blank line, the text), written to a temporary name and renamed, so a reader never sees half a
 * message. The file name, which starts with the time, is the message id.
 */
@Component
@ConditionalOnProperty(
    name = "crewdispatch.notification.sms.gateway",
    havingValue = "file",
    matchIfMissing = true)
class FileSmsSender implements SmsSender {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Path dir;
  private final Clock clock;

  FileSmsSender(NotificationProperties properties, Clock clock) {
    this.dir = properties.sms().dir();
    this.clock = clock;
  }

  @Override
  public SentMail send(TextMessage message) {
    String name =
        STAMP.format(clock.instant()) + "-" + message.reference().replaceAll("[^A-Za-z0-9-]", "_");
    String content = "To: " + message.to() + "\n\n" + message.body() + "\n";
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".sms-", ".tmp");
      Files.write(temp, bytes);
      Files.move(temp, dir.resolve(name + ".txt"), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new TransientDeliveryException("Could not write an SMS file in " + dir, e);
    }
    return new SentMail(name, bytes);
  }
}
