package io.crewdispatch.console.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything office-console can be told, under {@code crewdispatch.console} (environment variables
 * in application.yml and the README).
 *
 * @param dispatchUrl dispatch-service's API, where the office's actions go
 * @param reportingUrl reporting-service's API, where statements are downloaded and rebuilt
 * @param health each service's health endpoint on its management port, by service name
 * @param officeZone the office's time zone: what "today" is on the board and the roster
 * @param boardDays days after today the board shows
 * @param needsYou when a charter needs the office
 * @param healthTimeout how long the system page waits for a service's health
 * @param recentCharters charters whose last stored history this instance holds, so that their next
 *     event costs one write (0: read each charter before writing)
 */
@Validated
@ConfigurationProperties("crewdispatch.console")
public record ConsoleProperties(
    @NotNull @DefaultValue("http://localhost:8082") URI dispatchUrl,
    @NotNull @DefaultValue("http://localhost:8085") URI reportingUrl,
    @NotNull @DefaultValue Map<String, URI> health,
    @NotNull @DefaultValue("America/Los_Angeles") ZoneId officeZone,
    @Min(0) @DefaultValue("14") int boardDays,
    @Valid @NotNull @DefaultValue NeedsYou needsYou,
    @NotNull @DefaultValue("2s") Duration healthTimeout,
    @Min(0) @DefaultValue("1000") int recentCharters) {

  /**
   * @param callDeadlineWithin an open call whose answer is due within this needs a nudge
   * @param unfilledWithin a charter sailing within this without its crew needs the office
   * @param certificateWithin certificates lapsing within this are listed on the roster page
   */
  public record NeedsYou(
      @NotNull @DefaultValue("30m") Duration callDeadlineWithin,
      @NotNull @DefaultValue("2d") Duration unfilledWithin,
      @NotNull @DefaultValue("30d") Duration certificateWithin) {}
}
