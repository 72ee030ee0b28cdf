package io.crewdispatch.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a stack of the bench runs with that differ from {@code ./run-local}'s, and why: the
 * one source both for the environment the stack is started with and for the list printed into
 * BENCHMARKS.md, so the report can never name other settings than the run used.
 *
 * @param phases which phases run on a stack started with these settings
 * @param settings environment variable to value, in the order printed
 * @param reasons environment variable to why it is overridden
 */
record Overrides(String phases, Map<String, String> settings, Map<String, String> reasons) {

  /**
   * The 2/s phase: production defaults, mail send limit included, except quiet hours (the run may
   * fall at night, when every call would wait for the morning).
   */
  static final Overrides PRODUCTION_DEFAULTS =
      new Overrides("warm-up at 2/s, booking → first call at 2/s")
          .with("DISPATCH_QUIET_HOURS_ENABLED", "false", "the run may fall at night");

  /** Every later phase: load well above what an office makes, so two limits are lifted. */
  static final Overrides LOAD =
      new Overrides("warm-up at 10/s, floor, 10/s, 50/s, burst, accepts")
          .with("DISPATCH_QUIET_HOURS_ENABLED", "false", "the run may fall at night")
          .with(
              "SEND_RATE_PER_MINUTE",
              "0",
              "mail send limit off (default 150 a minute): 10/s alone is 600 call emails a minute")
          .with(
              "AUTH_RATE_LIMIT_PER_IP",
              "100000",
              "every simulated captain presses from loopback: one client address");

  Overrides(String phases) {
    this(phases, Map.of(), Map.of());
  }

  Overrides with(String variable, String value, String reason) {
    Map<String, String> settings = new LinkedHashMap<>(this.settings);
    Map<String, String> reasons = new LinkedHashMap<>(this.reasons);
    settings.put(variable, value);
    reasons.put(variable, reason);
    return new Overrides(
        phases, Collections.unmodifiableMap(settings), Collections.unmodifiableMap(reasons));
  }

  /** The Markdown rows of this stack's overrides: phases | variable | value | why. */
  String markdownRows() {
    StringBuilder rows = new StringBuilder();
    settings.forEach(
        (variable, value) ->
            rows.append("| ")
                .append(phases)
                .append(" | `")
                .append(variable)
                .append("` | `")
                .append(value)
                .append("` | ")
                .append(reasons.get(variable))
                .append(" |\n"));
    return rows.toString();
  }
}
