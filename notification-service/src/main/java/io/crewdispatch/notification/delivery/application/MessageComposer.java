package io.crewdispatch.notification.delivery.application;

import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.domain.Notice;

/** Port: turns a notice into the message people read (subject, HTML and text, attachments). */
public interface MessageComposer {

  Email compose(Notice notice);
}
