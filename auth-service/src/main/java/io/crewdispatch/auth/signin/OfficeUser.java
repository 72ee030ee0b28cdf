package io.crewdispatch.auth.signin;

/**
 * An office account that may sign in with a password (Google accounts are not stored: the policy
 * admits them at each sign-in).
 *
 * @param email the sign-in name, lower case
 * @param passwordHash as the DelegatingPasswordEncoder writes it ({@code {bcrypt}...})
 */
public record OfficeUser(String email, String passwordHash) {

  @Override
  public String toString() {
    return "OfficeUser[" + email + "]"; // never the hash
  }
}
