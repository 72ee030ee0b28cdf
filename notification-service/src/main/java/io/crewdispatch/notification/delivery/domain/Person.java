package io.crewdispatch.notification.delivery.domain;

/**
 * Someone on the roster, as an event carries them; {@code phone} may be null; {@code reach} is the
 * channel the roster names for them.
 */
public record Person(
    String crewId, String name, String email, String phone, Role role, Reach reach) {

  public Person {
    reach = reach == null ? Reach.EMAIL : reach;
  }

  /** A person reached by email (events from before channels existed). */
  public Person(String crewId, String name, String email, String phone, Role role) {
    this(crewId, name, email, phone, role, Reach.EMAIL);
  }

  /** The first word of the name, for a greeting. */
  public String firstName() {
    String trimmed = name == null ? "" : name.strip();
    int space = trimmed.indexOf(' ');
    return space > 0 ? trimmed.substring(0, space) : trimmed;
  }

  /**
   * Email reaches them: their channel includes it, or it is SMS but there is no number to text
   * (then a call goes by email too).
   */
  public boolean reachedByEmail() {
    return reach.byEmail() || !hasPhone();
  }

  public boolean hasPhone() {
    return phone != null && !phone.isBlank();
  }
}
