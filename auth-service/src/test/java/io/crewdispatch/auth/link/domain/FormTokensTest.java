package io.crewdispatch.auth.link.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormTokensTest {

  static final Instant NOW = Instant.parse("2026-06-01T16:00:00Z");
  final FormTokens forms =
      new FormTokens(new LinkKeys(LinkTokenTest.KEY, List.of()), Duration.ofHours(12));
  final TokenHash link =
      LinkToken.derive(LinkTokenTest.KEY, "CH-1", "call-1", Purpose.ACCEPT).hash();
  final TokenHash otherLink =
      LinkToken.derive(LinkTokenTest.KEY, "CH-2", "call-9", Purpose.ACCEPT).hash();

  @Test
  void aFormTokenWorksForItsOwnLinkWithinItsLifetime() {
    String form = forms.issue(link, NOW);

    assertThat(forms.verify(form, link, NOW.plus(Duration.ofHours(11)))).isTrue();
    assertThat(forms.verify(form, link, NOW.plus(Duration.ofHours(13)))).isFalse();
  }

  @Test
  void aFormTokenOfAnotherLinkOrTamperedWithIsRefused() {
    String form = forms.issue(link, NOW);
    String[] parts = form.split("\\.");

    assertThat(forms.verify(form, otherLink, NOW)).isFalse();
    assertThat(forms.verify((Long.parseLong(parts[0]) + 3600) + "." + parts[1], link, NOW))
        .isFalse();
    char flipped = parts[1].charAt(0) == 'A' ? 'B' : 'A';
    assertThat(forms.verify(parts[0] + "." + flipped + parts[1].substring(1), link, NOW)).isFalse();
    assertThat(forms.verify("", link, NOW)).isFalse();
    assertThat(forms.verify("abc.def", link, NOW)).isFalse();
    assertThat(forms.verify(null, link, NOW)).isFalse();
  }

  @Test
  void aFormRenderedBeforeAKeyRotationStillWorksAfterIt() {
    String form = forms.issue(link, NOW);
    FormTokens rotated =
        new FormTokens(
            new LinkKeys(LinkTokenTest.OTHER, List.of(LinkTokenTest.KEY)), Duration.ofHours(12));

    assertThat(rotated.verify(form, link, NOW)).isTrue();
  }
}
