package io.crewdispatch.auth.portal.application;

import io.crewdispatch.auth.portal.domain.PortalToken;
import java.net.URI;

/** Where the portal is published: {@code <public-base-url>/crew/portal}. */
public record PortalUrls(URI portal) {

  public static PortalUrls under(URI publicBaseUrl) {
    String base = publicBaseUrl.toString();
    return new PortalUrls(URI.create((base.endsWith("/") ? base : base + "/") + "crew/portal"));
  }

  /** The personal link; the token is URL-safe Base64, so it needs no escaping. */
  static URI withToken(URI portal, PortalToken token) {
    return URI.create(portal + "?token=" + token.value());
  }
}
