package io.crewdispatch.notification.delivery.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.TextMessage;
import io.crewdispatch.notification.support.FakeTwilio;
import io.crewdispatch.notification.support.TestProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Texts per second through the real Twilio SDK (Basic auth, form body, JSON answer parsed) against
 * the local Twilio. Not part of the suite (no *Test name); run with {@code
 * -Dtest=TwilioThroughputBenchmark}. Twilio's own limit, not this, is the ceiling in production.
 */
class TwilioThroughputBenchmark {

  static final int MESSAGES = Integer.getInteger("benchmark.messages", 1000);
  static final int THREADS = Integer.getInteger("benchmark.threads", 4);

  @Test
  void textsPerSecondThroughTheSdk() throws Exception {
    try (FakeTwilio twilio = FakeTwilio.start()) {
      NotificationProperties properties =
          TestProperties.with(
              Map.of(
                  "crewdispatch.notification.sms.gateway",
                  "twilio",
                  "crewdispatch.notification.sms.twilio.account-sid",
                  FakeTwilio.ACCOUNT,
                  "crewdispatch.notification.sms.twilio.auth-token",
                  FakeTwilio.TOKEN,
                  "crewdispatch.notification.sms.twilio.from",
                  "+16195550100",
                  "crewdispatch.notification.sms.twilio.base-url",
                  twilio.baseUrl().toString()));
      TwilioSmsSender sender = new TwilioSmsSender(properties.sms().twilio(), wait -> {});
      run(sender, 200, 1); // warm-up
      double one = run(sender, MESSAGES, 1);
      double many = run(sender, MESSAGES, THREADS);
      System.out.printf(
          Locale.ROOT,
          "BENCHMARK notification twilio-sdk: %d texts, %.1f texts/s on 1 thread, %.1f texts/s on %d"
              + " threads%n",
          MESSAGES,
          one,
          many,
          THREADS);
      assertThat(twilio.received()).hasSize(200 + 2 * MESSAGES);
    }
  }

  private static double run(TwilioSmsSender sender, int count, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = i;
      all.add(
          pool.submit(
              () ->
                  sender.send(
                      new TextMessage(
                          "+1619555" + (1000 + n % 9000),
                          "Example: Captain needed",
                          "bench-" + n))));
    }
    for (Future<?> f : all) {
      f.get();
    }
    pool.shutdown();
    return count / ((System.nanoTime() - start) / 1e9);
  }
}
