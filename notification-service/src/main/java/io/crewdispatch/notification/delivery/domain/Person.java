package io.crewdispatch.notification.delivery.domain;

/** Someone on the roster, as an event carries them; {@code phone} may be null. */
public record Person(String crewId, String name, String email, String phone, Role role) {

  /** The first word of the name, for a greeting. */
  public String firstName() {
    String trimmed = name == null ? "" : name.strip();
    int space = trimmed.indexOf(' ');
    return space > 0 ? trimmed.substring(0, space) : trimmed;
  }
}
