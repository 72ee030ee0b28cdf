package io.crewdispatch.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.console.live.LivePage.Part;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatchesTest {

  static Part card(String id, String day) {
    return new Part(id, "card-" + id, "day-" + day, id);
  }

  final Part a = card("a", "1");
  final Part b = card("b", "1");
  final Part c = card("c", "2");

  @Test
  void aChangedCardIsSwappedInPlaceAndOnlyIt() {
    assertThat(Patches.between(List.of(a, b, c), List.of(a, b, c), Set.of("b")))
        .containsExactly(new Patches.Patch(b, "true"));
  }

  @Test
  void aNewCardGoesAfterItsNeighbourOrFirstInItsDay() {
    Part x = card("x", "1");
    Part y = card("y", "2");
    assertThat(Patches.between(List.of(a, c), List.of(x, a, c, y), Set.of("x", "y")))
        .containsExactly(
            new Patches.Patch(x, "afterbegin:#day-1"), new Patches.Patch(y, "afterend:#card-c"));
  }

  @Test
  void newCardsInARowFollowEachOther() {
    Part x = card("x", "1");
    Part y = card("y", "1");
    assertThat(Patches.between(List.of(a), List.of(a, x, y), Set.of("x", "y")))
        .containsExactly(
            new Patches.Patch(x, "afterend:#card-a"), new Patches.Patch(y, "afterend:#card-x"));
  }

  @Test
  void aNewDayACardLeavingOrMovingNeedsTheWholeBoard() {
    assertThat(Patches.between(List.of(a), List.of(a, c), Set.of("c"))).isNull();
    assertThat(Patches.between(List.of(a, b), List.of(a), Set.of("b"))).isNull();
    assertThat(Patches.between(List.of(a, b), List.of(b, a), Set.of("b"))).isNull();
    assertThat(Patches.between(List.of(a, b), List.of(a, card("b", "2")), Set.of("b"))).isNull();
  }

  @Test
  void elementIdsKeepLettersDigitsAndDashesOnly() {
    assertThat(LivePage.domId("card-", "walk-1a")).isEqualTo("card-walk-1a");
    assertThat(LivePage.domId("card-", "a.b:c d")).isEqualTo("card-a_2e_b_3a_c_20_d");
  }
}
