package io.crewdispatch.dispatch.config;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything dispatch-service can be told, under {@code crewdispatch.dispatch}.
 *
 * @param operatorTimeZone the office's time zone, for anything not tied to one charter
 */
@Validated
@ConfigurationProperties("crewdispatch.dispatch")
public record DispatchProperties(
    @NotNull @DefaultValue("America/Los_Angeles") ZoneId operatorTimeZone) {}
