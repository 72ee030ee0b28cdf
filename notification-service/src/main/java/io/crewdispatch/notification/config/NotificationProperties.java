package io.crewdispatch.notification.config;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything notification-service can be told, under {@code crewdispatch.notification}.
 *
 * @param operatorTimeZone the office's time zone, for anything not tied to one charter
 */
@Validated
@ConfigurationProperties("crewdispatch.notification")
public record NotificationProperties(
    @NotNull @DefaultValue("America/Los_Angeles") ZoneId operatorTimeZone) {}
