package io.crewdispatch.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeAccountPolicyTest {

  final OfficeAccountPolicy policy =
      new OfficeAccountPolicy("harbour-charters.example", List.of("Skipper.Lee@gmail.example"));

  @Test
  void aVerifiedAccountOfTheWorkspaceDomainGetsIn() {
    assertThat(policy.admits("ops@harbour-charters.example", true, "harbour-charters.example"))
        .isTrue();
  }

  @Test
  void anAddressInTheDomainWithoutGooglesHostedDomainClaimDoesNot() {
    // a personal Google account registered with a company address has no hd claim
    assertThat(policy.admits("ops@harbour-charters.example", true, null)).isFalse();
  }

  @Test
  void anotherWorkspaceDomainDoesNot() {
    assertThat(policy.admits("ops@harbour-charters.example", true, "evil.example")).isFalse();
    assertThat(policy.admits("ops@evil.example", true, "evil.example")).isFalse();
  }

  @Test
  void aListedAddressGetsInWhateverItsDomainIgnoringCase() {
    assertThat(policy.admits("skipper.lee@GMAIL.example", true, null)).isTrue();
  }

  @Test
  void anUnverifiedEmailNeverGetsIn() {
    assertThat(policy.admits("skipper.lee@gmail.example", false, null)).isFalse();
    assertThat(policy.admits("ops@harbour-charters.example", null, "harbour-charters.example"))
        .isFalse();
  }

  @Test
  void withNoDomainAndNoListNobodyGetsIn() {
    OfficeAccountPolicy closed = new OfficeAccountPolicy("", List.of());
    assertThat(closed.admits("ops@harbour-charters.example", true, "")).isFalse();
    assertThat(closed.admits("ops@harbour-charters.example", true, null)).isFalse();
  }
}
