package io.crewdispatch.notification.delivery.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.TextMessage;
import io.crewdispatch.notification.support.FakeTwilio;
import io.crewdispatch.notification.support.TestProperties;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
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
      HttpClient plain = HttpClient.newHttpClient();
      URI messages =
          twilio.baseUrl().resolve("/2010-04-01/Accounts/" + FakeTwilio.ACCOUNT + "/Messages.json");
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (FakeTwilio.ACCOUNT + ":" + FakeTwilio.TOKEN)
                          .getBytes(StandardCharsets.UTF_8));
      Send sdk = (to, body) -> sender.send(new TextMessage(to, body, "bench"));
      // The floor: the same form POST and answer through the JDK's own client, in the same run.
      Send floor =
          (to, body) -> {
            HttpResponse<String> answer =
                plain.send(
                    HttpRequest.newBuilder(messages)
                        .header("Authorization", basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "To="
                                    + URLEncoder.encode(to, StandardCharsets.UTF_8)
                                    + "&From=%2B16195550100&Body="
                                    + URLEncoder.encode(body, StandardCharsets.UTF_8)))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
              throw new IllegalStateException("local Twilio answered " + answer.statusCode());
            }
          };
      run(sdk, 200, 1); // warm-up
      run(floor, 200, 1);
      double one = run(sdk, MESSAGES, 1);
      double floorOne = run(floor, MESSAGES, 1);
      double many = run(sdk, MESSAGES, THREADS);
      double floorMany = run(floor, MESSAGES, THREADS);
      System.out.printf(
          Locale.ROOT,
          "BENCHMARK notification twilio-sdk: %d texts, %.1f texts/s on 1 thread, %.1f texts/s on %d"
              + " threads; plain HttpClient floor %.1f and %.1f texts/s; SDK/floor %.2f and %.2f"
              + " (benchmark.messages=%d benchmark.threads=%d)%n",
          MESSAGES,
          one,
          many,
          THREADS,
          floorOne,
          floorMany,
          one / floorOne,
          many / floorMany,
          MESSAGES,
          THREADS);
      assertThat(twilio.received()).hasSize(400 + 4 * MESSAGES);
    }
  }

  /** One text sent, by whichever client is measured. */
  interface Send {
    void send(String to, String body) throws Exception;
  }

  private static double run(Send sender, int count, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = i;
      all.add(
          pool.submit(
              () -> {
                sender.send("+1619555" + (1000 + n % 9000), "Example: Captain needed");
                return null;
              }));
    }
    for (Future<?> f : all) {
      f.get();
    }
    pool.shutdown();
    return count / ((System.nanoTime() - start) / 1e9);
  }
}
