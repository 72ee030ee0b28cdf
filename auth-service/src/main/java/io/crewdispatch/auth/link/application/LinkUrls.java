package io.crewdispatch.auth.link.application;

import io.crewdispatch.auth.link.domain.LinkToken;
import io.crewdispatch.auth.link.domain.Purpose;
import java.net.URI;

/** Absolute links to the crew pages, as the public sees this service. */
public final class LinkUrls {

  private final String base;

  public LinkUrls(URI publicBaseUrl) {
    String text = publicBaseUrl.toString();
    this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** {@code <base>/crew/accept?token=…}; tokens are URL-safe, so nothing needs escaping. */
  public URI to(Purpose purpose, LinkToken token) {
    return URI.create(base + "/crew/" + purpose.path() + "?token=" + token.value());
  }
}
