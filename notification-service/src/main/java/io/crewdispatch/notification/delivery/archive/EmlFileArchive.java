package io.crewdispatch.notification.delivery.archive;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.MailArchive;
import io.crewdispatch.notification.delivery.domain.NoticeKind;
import io.crewdispatch.platform.logging.Failures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps every sent message as {@code
 * <archive-dir>/<yyyyMMdd'T'HHmmss.SSS'Z'>-<KIND>-<eventId>.eml}: names sort by time, and each file
 * appears whole (written aside, then renamed) so a reader never sees half a message. The mail
 * already went out, so a full disk is logged, not thrown.
 */
@Component
class EmlFileArchive implements MailArchive {

  private static final Logger log = LoggerFactory.getLogger(EmlFileArchive.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Path folder;

  EmlFileArchive(NotificationProperties properties) {
    this.folder = properties.archiving() ? properties.archiveDir().toAbsolutePath() : null;
  }

  @Override
  public void keep(NoticeKind kind, String sourceEventId, Instant sentAt, byte[] mime) {
    if (folder == null) {
      return;
    }
    String name = STAMP.format(sentAt) + "-" + kind.name() + "-" + sourceEventId + ".eml";
    try {
      Files.createDirectories(folder);
      Path partial = folder.resolve("." + name + ".part");
      Files.write(partial, mime);
      Files.move(
          partial,
          folder.resolve(name),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      log.warn(
          "event=mail_archive_failed kind={} eventId={} error={}",
          kind,
          sourceEventId,
          Failures.describe(e));
    }
  }
}
