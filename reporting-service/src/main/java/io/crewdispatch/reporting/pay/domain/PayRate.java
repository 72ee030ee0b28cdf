package io.crewdispatch.reporting.pay.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A member's rates as the Roster tab gave them: paid per charter worked, and a percent of each
 * charter's reportable revenue. A rate the tab leaves blank is zero.
 */
public record PayRate(BigDecimal dayRate, BigDecimal revenueSharePercent) {

  public static final PayRate NONE = new PayRate(BigDecimal.ZERO, BigDecimal.ZERO);

  public PayRate {
    dayRate = (dayRate == null ? BigDecimal.ZERO : dayRate).setScale(2, RoundingMode.HALF_UP);
    revenueSharePercent =
        (revenueSharePercent == null ? BigDecimal.ZERO : revenueSharePercent)
            .setScale(2, RoundingMode.HALF_UP);
  }

  public boolean hasShare() {
    return revenueSharePercent.signum() > 0;
  }
}
