package io.crewdispatch.dispatch.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;

/**
 * Everything dispatch-service can be told, under {@code crewdispatch.dispatch}.
 *
 * @param operatorTimeZone the office's time zone: the default zone of a booking, and "today" when
 *     deciding which assignments are still ahead
 * @param windows how long a called person has to answer
 * @param quietHours when no call is started
 * @param timers how durable timers are polled
 * @param rosterCacheTtl how long decisions may reuse the roster they read (a change this instance
 *     stores refreshes it at once); zero reads the table for every decision
 * @param licence which certificate is the captain's licence
 */
@Validated
@ConfigurationProperties("crewdispatch.dispatch")
public record DispatchProperties(
    @NotNull @DefaultValue("America/Los_Angeles") ZoneId operatorTimeZone,
    @Valid @NotNull @DefaultValue Windows windows,
    @Valid @NotNull @DefaultValue QuietHours quietHours,
    @Valid @NotNull @DefaultValue Timers timers,
    @NotNull @DefaultValue("2s") Duration rosterCacheTtl,
    @Valid @NotNull @DefaultValue Licence licence) {

  /**
   * @param certificate the certificate (a Roster column {@code <certificate> Expires}) that is the
   *     captain's licence: a captain whose licence expires before the sail date is not called, and
   *     a confirmed one is released
   * @param required whether a captain with no such certificate on record may not be called (off by
   *     default: a sheet without the column calls everyone as before)
   */
  public record Licence(
      @NotBlank @DefaultValue("Captain's Licence") String certificate,
      @DefaultValue("false") boolean required) {}

  /**
   * @param captainTimeout how long a captain has to answer, when departure is far away
   * @param crewTimeout how long a crew member has to answer, when departure is far away
   * @param minimum no window is ever shorter than this
   * @param callsBeforeDeparture near departure a window is cut to the time left before departure
   *     divided by this, so that this many calls still fit before the boat leaves
   */
  public record Windows(
      @NotNull @DefaultValue("2h") Duration captainTimeout,
      @NotNull @DefaultValue("2h") Duration crewTimeout,
      @NotNull @DefaultValue("5m") Duration minimum,
      @Min(1) @DefaultValue("12") int callsBeforeDeparture) {}

  /**
   * @param enabled whether quiet hours apply at all
   * @param start local time (in the charter's zone) from which no call starts
   * @param end local time at which calls start again
   * @param urgencyWindow a charter departing within this much time is called at any hour
   */
  public record QuietHours(
      @DefaultValue("true") boolean enabled,
      @NotNull @DefaultValue("21:00") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
          LocalTime start,
      @NotNull @DefaultValue("07:00") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime end,
      @NotNull @DefaultValue("12h") Duration urgencyWindow) {}

  /**
   * @param enabled whether this instance polls for due timers (every instance may; claims are
   *     conditional writes)
   * @param pollInterval how often the deadlines this instance knows of (its own writes, and what
   *     its last table poll found) are checked against the clock; costs no DynamoDB call
   * @param tablePollInterval how often the timer index is read: the safety net for deadlines and
   *     outboxes left by another instance that stopped (every table poll costs one query per index
   *     shard, so this is the idle cost)
   * @param batchSize how many due charters one poll takes per shard
   * @param workers how many due charters are handled at once
   * @param publishLease how long one instance may take to publish a decision's events before
   *     another instance takes the job over
   * @param clearWindow how long sent events wait to be taken off their outbox, so that the sends of
   *     several charters are cleared in one write (0: each at once, by its sender); must be well
   *     inside the lease
   */
  public record Timers(
      @DefaultValue("true") boolean enabled,
      @NotNull @DefaultValue("1s") Duration pollInterval,
      @NotNull @DefaultValue("30s") Duration tablePollInterval,
      @Min(1) @DefaultValue("200") int batchSize,
      @Min(1) @DefaultValue("4") int workers,
      @NotNull @DefaultValue("30s") Duration publishLease,
      @NotNull @DefaultValue("500ms") Duration clearWindow) {}
}
