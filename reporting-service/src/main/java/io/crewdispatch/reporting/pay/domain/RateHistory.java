package io.crewdispatch.reporting.pay.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Every member's rates over time. The rate that pays a charter is the one in force when it
 * departed, so a rate changed later never rewrites a month already sailed. Before a member's first
 * known rate nothing is known, and nothing is invented: the rate is {@link PayRate#NONE}.
 */
public final class RateHistory {

  private final Map<String, NavigableMap<Instant, PayRate>> byMember = new HashMap<>();

  public static RateHistory of(Iterable<RateChange> changes) {
    RateHistory history = new RateHistory();
    changes.forEach(history::add);
    return history;
  }

  public RateHistory add(RateChange change) {
    byMember
        .computeIfAbsent(change.crewId(), id -> new TreeMap<>())
        .put(change.effectiveFrom(), change.rate());
    return this;
  }

  public PayRate rateAt(String crewId, Instant when) {
    NavigableMap<Instant, PayRate> changes = byMember.get(crewId);
    if (changes == null) {
      return PayRate.NONE;
    }
    Map.Entry<Instant, PayRate> inForce = changes.floorEntry(when);
    return inForce == null ? PayRate.NONE : inForce.getValue();
  }
}
