package io.crewdispatch.dispatch.office.web;

import io.crewdispatch.dispatch.roster.domain.Rank;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The bodies of the office's actions. */
final class OfficeRequests {

  private OfficeRequests() {}

  record Assign(@NotBlank @Size(max = 64) String crewId, @NotNull Rank role) {}

  record Release(@NotBlank @Size(max = 64) String crewId) {}

  record Reason(@Size(max = 500) String reason) {}

  /** Either an instant or a number of minutes from now. */
  record Extend(Instant until, @Positive Integer minutes) {

    @AssertTrue(message = "give either until or minutes")
    boolean isUntil() {
      return (until == null) != (minutes == null);
    }
  }
}
