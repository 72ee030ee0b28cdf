package io.crewdispatch.roster.config;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything roster-service can be told, under {@code crewdispatch.roster}.
 *
 * @param operatorTimeZone the office's time zone, for anything not tied to one charter
 */
@Validated
@ConfigurationProperties("crewdispatch.roster")
public record RosterProperties(
    @NotNull @DefaultValue("America/Los_Angeles") ZoneId operatorTimeZone) {}
