package io.crewdispatch.auth.link.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LinkTokenTest {

  static final LinkKey KEY =
      new LinkKey("k1", "unit test key k1 padded to 32 bytes".getBytes(StandardCharsets.UTF_8));
  static final LinkKey OTHER =
      new LinkKey("k2", "unit test key k2 padded to 32 bytes".getBytes(StandardCharsets.UTF_8));

  @Test
  void aTokenIsAPrefixedUrlSafeCarrierOf256Bits() {
    String token = LinkToken.derive(KEY, "CH-1", "call-1", Purpose.ACCEPT).value();

    assertThat(token).startsWith("cdl_").matches("cdl_[A-Za-z0-9_-]{43}");
    assertThat(Base64.getUrlDecoder().decode(token.substring(4))).hasSize(32);
  }

  @Test
  void theSameCallAndKeyAlwaysGiveTheSameTokenAndAnythingElseAnother() {
    LinkToken token = LinkToken.derive(KEY, "CH-1", "call-1", Purpose.ACCEPT);

    assertThat(LinkToken.derive(KEY, "CH-1", "call-1", Purpose.ACCEPT).value())
        .isEqualTo(token.value());
    assertThat(LinkToken.derive(KEY, "CH-1", "call-1", Purpose.DECLINE).value())
        .isNotEqualTo(token.value());
    assertThat(LinkToken.derive(KEY, "CH-1", "call-2", Purpose.ACCEPT).value())
        .isNotEqualTo(token.value());
    assertThat(LinkToken.derive(KEY, "CH-2", "call-1", Purpose.ACCEPT).value())
        .isNotEqualTo(token.value());
    assertThat(LinkToken.derive(OTHER, "CH-1", "call-1", Purpose.ACCEPT).value())
        .isNotEqualTo(token.value());
  }

  @Test
  void onlyWellFormedTokensParse() {
    String token = LinkToken.derive(KEY, "CH-1", "call-1", Purpose.ACCEPT).value();

    assertThat(LinkToken.parse(token)).isPresent();
    assertThat(LinkToken.parse(token.substring(0, 46))).isEmpty();
    assertThat(LinkToken.parse(token + "=")).isEmpty();
    assertThat(LinkToken.parse(token.replace("cdl_", "xyz_"))).isEmpty();
    assertThat(LinkToken.parse(" " + token)).isEmpty();
    assertThat(LinkToken.parse(null)).isEmpty();
  }

  @Test
  void theHashIsHexSha256AndNeitherItNorToStringRevealsTheToken() {
    LinkToken token = LinkToken.derive(KEY, "CH-1", "call-1", Purpose.ACCEPT);

    assertThat(token.hash().hex()).matches("[0-9a-f]{64}");
    assertThat(token.hash().prefix()).hasSize(12);
    assertThat(token.toString()).doesNotContain(token.value().substring(4));
    assertThat(token.hash().sameAs(LinkToken.parse(token.value()).orElseThrow().hash())).isTrue();
    assertThat(token.hash().sameAs(new TokenHash("0".repeat(64)))).isFalse();
  }
}
