package io.crewdispatch.roster.member.domain;

import java.math.BigDecimal;

/** A member's pay from the Roster tab's optional Day Rate and Revenue Share % columns. */
public record Pay(BigDecimal dayRate, BigDecimal revenueSharePercent) {}
