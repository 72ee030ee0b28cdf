package io.crewdispatch.auth.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.auth.link.domain.FormTokens;
import io.crewdispatch.auth.link.domain.LinkKey;
import io.crewdispatch.auth.link.domain.LinkKeys;
import io.crewdispatch.auth.link.domain.Role;
import io.crewdispatch.auth.link.domain.TokenHash;
import io.crewdispatch.auth.portal.domain.AvailabilityWindow;
import io.crewdispatch.auth.portal.domain.DayAnswer;
import io.crewdispatch.auth.portal.domain.Member;
import io.crewdispatch.auth.portal.domain.PortalMember;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The availability form's rules: only set days are sent, only inside the window, only our form. */
class SetAvailabilityTest {

  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  private static final Instant NOW = Instant.parse("2026-06-01T16:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private final List<Map<LocalDate, DayAnswer>> published = new ArrayList<>();
  private final FormTokens forms =
      new FormTokens(
          new LinkKeys(
              new LinkKey(
                  "k", "a key of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8)),
              List.of()),
          Duration.ofHours(12));
  private final SetAvailability setAvailability =
      new SetAvailability(
          new PortalEvents() {
            @Override
            public void linkIssued(PortalLinkAnnouncement announcement) {}

            @Override
            public void availabilitySet(String crewId, Map<LocalDate, DayAnswer> days, Instant at) {
              published.add(days);
            }
          },
          forms,
          new AvailabilityWindow(90, LA),
          Clock.fixed(NOW, ZoneOffset.UTC));
  private final PortalMember member =
      new PortalMember(
          new Member(
              "rowan-1", "Rowan Harbor", "r@x.org", null, Role.CREW, "EMAIL", true, Map.of()),
          new TokenHash("ab".repeat(32)),
          true,
          Set.of(),
          Set.of());

  @Test
  void onlyTheDaysSetAreSentAndBlankDaysAreLeftAlone() {
    var result =
        setAvailability.set(
            member,
            form(
                "day." + TODAY,
                "AVAILABLE",
                "day." + TODAY.plusDays(89),
                "UNAVAILABLE",
                "day." + TODAY.plusDays(1),
                ""),
            forms.issue(member.linkHash(), NOW));

    assertThat(result).isEqualTo(new SetAvailability.Saved(2));
    assertThat(published)
        .containsExactly(
            Map.of(TODAY, DayAnswer.AVAILABLE, TODAY.plusDays(89), DayAnswer.UNAVAILABLE));
  }

  @Test
  void aDayOutsideTheNext90DaysOrAnUnknownAnswerIsNamedAndNothingIsSent() {
    var result =
        setAvailability.set(
            member,
            form(
                "day." + TODAY.plusDays(90),
                "AVAILABLE",
                "day." + TODAY.minusDays(1),
                "AVAILABLE",
                "day." + TODAY.plusDays(3),
                "MAYBE",
                "day.soon",
                "AVAILABLE",
                "day." + TODAY.plusDays(4),
                "AVAILABLE"),
            forms.issue(member.linkHash(), NOW));

    assertThat(result)
        .isEqualTo(
            new SetAvailability.Invalid(
                List.of(
                    new SetAvailability.FieldError(
                        "day." + TODAY.plusDays(90), "is outside the next 90 days"),
                    new SetAvailability.FieldError(
                        "day." + TODAY.minusDays(1), "is outside the next 90 days"),
                    new SetAvailability.FieldError(
                        "day." + TODAY.plusDays(3), "must be AVAILABLE, UNAVAILABLE or blank"),
                    new SetAvailability.FieldError("day.soon", "is not a date (yyyy-MM-dd)"))));
    assertThat(published).isEmpty();
  }

  @Test
  void aFormRenderedForAnotherLinkIsRefused() {
    var result =
        setAvailability.set(
            member,
            form("day." + TODAY, "AVAILABLE"),
            forms.issue(new TokenHash("cd".repeat(32)), NOW));

    assertThat(result).isEqualTo(new SetAvailability.FormRejected());
    assertThat(published).isEmpty();
  }

  private static Map<String, String> form(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
