package io.crewdispatch.auth.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortalTokenTest {

  @Test
  void aTokenCarries256RandomUrlSafeBitsAndIsKnownOnlyByItsSha256() throws Exception {
    PortalToken token = PortalToken.random();

    assertThat(token.value()).matches("cdp_[A-Za-z0-9_-]{43}");
    assertThat(Base64.getUrlDecoder().decode(token.value().substring(4))).hasSize(32);
    assertThat(token.hash().hex())
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(token.value().getBytes(StandardCharsets.UTF_8))));
    assertThat(token.toString()).doesNotContain(token.value().substring(4));
  }

  @Test
  void tokensDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertThat(seen.add(PortalToken.random().value())).isTrue();
    }
  }

  @Test
  void onlyAWholePortalTokenParses() {
    String value = PortalToken.random().value();

    assertThat(PortalToken.parse(value)).map(PortalToken::value).hasValue(value);
    assertThat(PortalToken.parse(value.substring(0, value.length() - 1))).isEmpty();
    assertThat(PortalToken.parse("cdl_" + value.substring(4))).as("an accept link").isEmpty();
    assertThat(PortalToken.parse(value + "=")).isEmpty();
    assertThat(PortalToken.parse(null)).isEmpty();
  }
}
