package io.crewdispatch.auth.portal.web;

/** The portal's one-message pages: what happened and what to do next, with no form but a link. */
enum Notice {
  UNKNOWN_LINK(
      "This link doesn't work",
      "It may have been replaced by a newer one. Ask for a new link with your email address."),
  SIGNED_OUT(
      "Your crew portal",
      "Open the portal with the personal link we sent you, or ask for a new one with your email"
          + " address."),
  STALE_FORM(
      "Please try again",
      "This form was too old or didn't come from your portal page. Open your portal again and"
          + " resend it."),
  ROTATED(
      "A new link is on its way",
      "We've sent a new personal link to you. The one you used stops working now."),
  REQUESTED(
      "Check your messages",
      "If that address belongs to an active crew member, a new personal link is on its way to"
          + " them. It replaces any earlier link.");

  private final String title;
  private final String message;

  Notice(String title, String message) {
    this.title = title;
    this.message = message;
  }

  public String title() {
    return title;
  }

  public String message() {
    return message;
  }
}
