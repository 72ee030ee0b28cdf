package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.delivery.domain.NoticeKind;
import java.time.Instant;

/** Port: keeps a copy of every sent message (a folder of .eml files), when configured. */
@FunctionalInterface
public interface MailArchive {

  void keep(NoticeKind kind, String sourceEventId, Instant sentAt, byte[] mime);
}
