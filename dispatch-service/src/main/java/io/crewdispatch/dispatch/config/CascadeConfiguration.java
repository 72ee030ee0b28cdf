package io.crewdispatch.dispatch.config;

import io.crewdispatch.dispatch.cascade.domain.Answers;
import io.crewdispatch.dispatch.cascade.domain.Cascade;
import io.crewdispatch.dispatch.cascade.domain.Endings;
import io.crewdispatch.dispatch.cascade.domain.Office;
import io.crewdispatch.dispatch.cascade.domain.ResponseWindows;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cascade's decision rules, built from the settings (the domain knows no Spring). */
@Configuration(proxyBeanMethods = false)
class CascadeConfiguration {

  @Bean
  Cascade cascade(DispatchProperties properties) {
    DispatchProperties.Windows w = properties.windows();
    DispatchProperties.QuietHours q = properties.quietHours();
    return new Cascade(
        new ResponseWindows(
            new ResponseWindows.Settings(
                w.captainTimeout(), w.crewTimeout(), w.minimum(), w.callsBeforeDeparture()),
            new ResponseWindows.QuietHours(q.enabled(), q.start(), q.end(), q.urgencyWindow())));
  }

  @Bean
  Answers answers(Cascade cascade) {
    return cascade.answers();
  }

  @Bean
  Office office(Cascade cascade) {
    return cascade.office();
  }

  @Bean
  Endings endings() {
    return new Endings();
  }
}
