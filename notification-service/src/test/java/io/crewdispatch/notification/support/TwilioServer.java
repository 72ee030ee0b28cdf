package io.crewdispatch.notification.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** One local Twilio per test JVM, like the mail server; tests keep apart by their own numbers. */
public final class TwilioServer {

  private static FakeTwilio fake;

  private TwilioServer() {}

  public static synchronized FakeTwilio fake() {
    if (fake == null) {
      try {
        fake = FakeTwilio.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      FakeTwilio started = fake;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "twilio-shutdown"));
    }
    return fake;
  }

  /** Every text sent to {@code to} so far. */
  public static List<FakeTwilio.Received> texts(String to) {
    return fake().received().stream().filter(r -> to.equals(r.form().get("To"))).toList();
  }

  public static FakeTwilio.Received awaitOneText(String to) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> texts(to), texts -> !texts.isEmpty())
        .get(0);
  }

  /** An invented San Diego number in the 555 exchange, unique to the test. */
  public static String localNumber() {
    return "555-" + (1000 + ThreadLocalRandom.current().nextInt(9000));
  }

  public static String e164(String local) {
    return "+1619" + local.replace("-", "");
  }
}
