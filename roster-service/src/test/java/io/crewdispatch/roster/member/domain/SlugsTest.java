package io.crewdispatch.roster.member.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void aSlugIsAsciiLowerCaseAndHyphenated() {
    assertThat(Slugs.unique("  Zoë  O'Brien-Smith ", new HashSet<>()))
        .isEqualTo("zoe-o-brien-smith");
  }

  @Test
  void aTakenSlugGetsTheNextFreeNumber() {
    Set<String> taken = new HashSet<>(Set.of("jane-doe", "jane-doe-2"));
    assertThat(Slugs.unique("Jane Doe", taken)).isEqualTo("jane-doe-3");
    assertThat(taken).contains("jane-doe-3");
  }

  @Test
  void aNameWithNoLettersStillGetsAnId() {
    assertThat(Slugs.unique("✓✓", new HashSet<>())).isEqualTo("member");
  }
}
