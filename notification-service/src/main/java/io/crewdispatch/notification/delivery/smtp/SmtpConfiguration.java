package io.crewdispatch.notification.delivery.smtp;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.AlertTransport;
import io.crewdispatch.notification.delivery.application.MailTransport;
import io.crewdispatch.notification.delivery.mime.MimeMessages;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SMTP when a host is configured: the transport itself ({@code transport=smtp}), and in any case
 * the channel that alerts the office when the Gmail transport's credentials are refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${crewdispatch.notification.smtp.host:}' != ''")
class SmtpConfiguration {

  @Bean
  SmtpMailer smtpMailer(NotificationProperties properties, Clock clock) {
    return new SmtpMailer(properties.smtp(), new MimeMessages(clock));
  }

  @Bean
  @ConditionalOnProperty(
      name = "crewdispatch.notification.transport",
      havingValue = "smtp",
      matchIfMissing = true)
  MailTransport smtpTransport(SmtpMailer mailer) {
    return mailer::send;
  }

  @Bean
  AlertTransport smtpAlerts(SmtpMailer mailer) {
    return mailer::send;
  }
}
