package io.crewdispatch.notification.delivery.templates;

import io.crewdispatch.notification.delivery.domain.Email;
import java.util.List;
import java.util.Map;

/**
 * Everything about one message but its rendering: which template, the subject, who receives it,
 * what is attached, the variables the template reads, and the calendar part (or null).
 */
record Letter(
    String template,
    String subject,
    List<Email.Address> to,
    List<Email.Address> cc,
    List<Email.Attachment> attachments,
    Map<String, Object> variables,
    Email.CalendarPart calendar) {

  /** A letter without a calendar part. */
  Letter(
      String template,
      String subject,
      List<Email.Address> to,
      List<Email.Address> cc,
      List<Email.Attachment> attachments,
      Map<String, Object> variables) {
    this(template, subject, to, cc, attachments, variables, null);
  }
}
