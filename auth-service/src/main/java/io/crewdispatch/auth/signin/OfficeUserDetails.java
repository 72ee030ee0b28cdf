package io.crewdispatch.auth.signin;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Password sign-in reads {@link OfficeUsers}; a locked-out account is reported as locked. */
@Component
class OfficeUserDetails implements UserDetailsService {

  private final OfficeUsers users;
  private final SignInGuard guard;

  OfficeUserDetails(OfficeUsers users, SignInGuard guard) {
    this.users = users;
    this.guard = guard;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    OfficeUser user =
        users
            .find(username)
            .orElseThrow(() -> new UsernameNotFoundException("no such office user"));
    return User.withUsername(user.email())
        .password(user.passwordHash())
        .authorities("ROLE_OFFICE")
        .accountLocked(guard.isLocked(user.email()))
        .build();
  }
}
