package io.crewdispatch.auth.signin;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which Google accounts are the office's: a verified email either on the allowed list or in the
 * allowed Google Workspace domain (Google's {@code hd} claim, which only Workspace accounts carry;
 * an email that merely ends in the domain is not enough, since anyone can register such an address
 * as a personal Google account).
 */
public final class OfficeAccountPolicy {

  private final String domain;
  private final Set<String> addresses;

  public OfficeAccountPolicy(String domain, List<String> addresses) {
    this.domain = domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
    this.addresses =
        addresses.stream()
            .map(a -> a.trim().toLowerCase(Locale.ROOT))
            .filter(a -> !a.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * @param email the account's email claim
   * @param emailVerified Google's {@code email_verified}
   * @param hostedDomain Google's {@code hd} claim, null for a personal account
   */
  public boolean admits(String email, Boolean emailVerified, String hostedDomain) {
    if (email == null || !Boolean.TRUE.equals(emailVerified)) {
      return false;
    }
    String address = email.trim().toLowerCase(Locale.ROOT);
    if (addresses.contains(address)) {
      return true;
    }
    return !domain.isEmpty()
        && hostedDomain != null
        && domain.equals(hostedDomain.trim().toLowerCase(Locale.ROOT))
        && address.endsWith("@" + domain);
  }
}
