package io.crewdispatch.roster.sheet.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabTest {

  @Test
  void aMergedBlockMeansItsValueInEveryCellItCovers() {
    Tab tab =
        new Tab(
            "Roster",
            List.of(
                Arrays.asList("a", "Crew", "x"),
                Arrays.asList("b", null, "y"),
                Arrays.asList("c", null)),
            List.of(new MergedRange(0, 2, 1, 1)));

    Tab read = tab.unmerged();

    assertThat(read.value(1, 1)).isEqualTo("Crew");
    assertThat(read.value(2, 1)).isEqualTo("Crew");
  }

  @Test
  void aBannerMergedAcrossARowIsAHeadingAndReadsAsBlank() {
    Tab tab =
        new Tab(
            "Roster",
            List.of(Arrays.asList("Captains", null, null), Arrays.asList("a", "b", "c")),
            List.of(new MergedRange(0, 0, 0, 2)));

    Tab read = tab.unmerged();

    assertThat(read.width(0)).isZero();
    assertThat(read.value(1, 2)).isEqualTo("c");
  }
}
