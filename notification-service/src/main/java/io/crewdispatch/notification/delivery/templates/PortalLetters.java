package io.crewdispatch.notification.delivery.templates;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.domain.Email.Address;
import io.crewdispatch.notification.delivery.domain.PortalLinkNotice;
import java.util.List;
import java.util.Map;

/**
 * The member's personal portal link. To them alone: the link opens their portal for months, so the
 * office is not copied (it can send a new one from the request page, which ends this one).
 */
class PortalLetters {

  private final NotificationProperties properties;

  PortalLetters(NotificationProperties properties) {
    this.properties = properties;
  }

  Letter portalLink(PortalLinkNotice notice) {
    Map<String, Object> vars = LetterFactory.common(properties, null);
    vars.put("person", MailFormats.person(notice.member()));
    vars.put("portalUrl", notice.portalUrl());
    vars.put("reason", notice.reason());
    String subject =
        switch (notice.reason()) {
          case "ROTATED" -> "Your new crew portal link";
          case "REQUESTED" -> "Your crew portal link, as asked";
          default -> "Your crew portal link";
        };
    return new Letter(
        "portal-link",
        subject,
        List.of(new Address(notice.member().email(), notice.member().name())),
        List.of(),
        List.of(),
        vars);
  }
}
