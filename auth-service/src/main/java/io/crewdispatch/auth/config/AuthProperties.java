package io.crewdispatch.auth.config;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything auth-service can be told, under {@code crewdispatch.auth}.
 *
 * @param operatorTimeZone the office's time zone, for anything not tied to one charter
 */
@Validated
@ConfigurationProperties("crewdispatch.auth")
public record AuthProperties(
    @NotNull @DefaultValue("America/Los_Angeles") ZoneId operatorTimeZone) {}
