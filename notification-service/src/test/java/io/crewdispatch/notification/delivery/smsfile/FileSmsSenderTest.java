package io.crewdispatch.notification.delivery.smsfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.delivery.application.SentMail;
import io.crewdispatch.notification.delivery.application.TextMessage;
import io.crewdispatch.notification.support.MutableClock;
import io.crewdispatch.notification.support.TestProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local gateway: one whole text file per message, named by time and delivery id. */
class FileSmsSenderTest {

  @TempDir Path dir;

  @Test
  void eachMessageIsOneTextFileWithItsNumberAndText() throws Exception {
    FileSmsSender sender =
        new FileSmsSender(
            TestProperties.with(Map.of("crewdispatch.notification.sms.dir", dir.toString())),
            new MutableClock(Instant.parse("2026-06-01T16:00:00Z")));

    SentMail sent = sender.send(new TextMessage("+16195550123", "Captain needed", "evt-1#SMS"));

    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.toList();
      assertThat(all)
          .extracting(p -> p.getFileName().toString())
          .containsExactly("20260601T160000.000Z-evt-1_SMS.txt");
      assertThat(Files.readString(all.get(0))).isEqualTo("To: +16195550123\n\nCaptain needed\n");
    }
    assertThat(sent.messageId()).isEqualTo("20260601T160000.000Z-evt-1_SMS");
  }
}
