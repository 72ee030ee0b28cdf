package io.crewdispatch.reporting.config;

import io.crewdispatch.reporting.pay.domain.CancellationPayPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The office's pay policies. Only one is open: pay for a charter cancelled after people were
 * confirmed. Until the office decides, it is nothing; a bean of the same type replaces this one.
 */
@Configuration(proxyBeanMethods = false)
class PayPolicies {

  @Bean
  @ConditionalOnMissingBean
  CancellationPayPolicy cancellationPayPolicy() {
    return CancellationPayPolicy.NOTHING;
  }
}
