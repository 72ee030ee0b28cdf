package io.crewdispatch.auth.link.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.auth.link.domain.Charter;
import io.crewdispatch.auth.link.domain.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CharterTextTest {

  @Test
  void timesAreShownInTheCharterTimeZoneWhateverTheServerUses() {
    Charter lisbon =
        new Charter(
            "Tagus Star",
            LocalDate.of(2026, 7, 3),
            LocalTime.of(9, 30),
            LocalTime.of(17, 0),
            ZoneId.of("Europe/Lisbon"),
            6);

    CharterText text = CharterText.of(lisbon, Role.CREW);

    assertThat(text.date()).isEqualTo("Friday, July 3, 2026");
    assertThat(text.departure()).isEqualTo("9:30 AM WEST");
    assertThat(text.returns()).isEqualTo("5:00 PM WEST");
    assertThat(text.role()).isEqualTo("Crew");
    assertThat(CharterText.moment(Instant.parse("2026-07-01T12:05:00Z"), lisbon))
        .isEqualTo("Wednesday, July 1 at 1:05 PM WEST");
  }
}
