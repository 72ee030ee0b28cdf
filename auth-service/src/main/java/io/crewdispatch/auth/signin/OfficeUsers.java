package io.crewdispatch.auth.signin;

import java.util.Optional;

/** Where office accounts are kept (table {@code office-users}). */
public interface OfficeUsers {

  Optional<OfficeUser> find(String email);

  /** Creates the account unless one of that email exists; true when created. */
  boolean createIfAbsent(OfficeUser user);

  /** Sets the account's password hash, creating the account if needed. */
  void save(OfficeUser user);
}
