package io.crewdispatch.notification.delivery.twilio;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.SmsSender;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Texts go through Twilio when {@code SMS_GATEWAY=twilio}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "crewdispatch.notification.sms.gateway", havingValue = "twilio")
class TwilioConfiguration {

  @Bean
  SmsSender twilioSmsSender(NotificationProperties properties) {
    return new TwilioSmsSender(properties.sms().twilio(), wait -> Thread.sleep(wait.toMillis()));
  }
}
