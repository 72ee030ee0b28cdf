package io.crewdispatch.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;

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
}
