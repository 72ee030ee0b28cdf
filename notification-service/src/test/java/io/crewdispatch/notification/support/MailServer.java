package io.crewdispatch.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.crewdispatch.testsupport.Infrastructure;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * One GreenMail SMTP server per test JVM, like the shared broker: started on first use, stopped
 * when the JVM exits. Tests keep apart by sending to their own invented addresses.
 */
public final class MailServer {

  /** Each failed start waits GreenMail's start-up timeout (2 s) first. */
  private static final int STARTS = 10;

  private static GreenMail greenMail;
  private static int port;

  private MailServer() {}

  public static synchronized GreenMail greenMail() {
    if (greenMail == null) {
      port = Infrastructure.freePort();
      greenMail = started();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> greenMail.stop(), "greenmail-shutdown"));
    }
    return greenMail;
  }

  /**
   * Mail is down: the server closes its port, so every send fails (connection refused) until {@link
   * #up()}. Messages received so far are forgotten with it.
   */
  public static synchronized void down() {
    greenMail().stop();
  }

  /** Mail works again, on the same port. */
  public static synchronized void up() {
    greenMail();
    greenMail = started();
  }

  /**
   * A server on {@link #port}, retried for a while: the stopped one's socket may not be closed yet
   * (a loaded machine, another module's tests beside), and the bind then fails at once.
   */
  private static GreenMail started() {
    RuntimeException last = null;
    for (int attempt = 0; attempt < STARTS; attempt++) {
      GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
      try {
        server.start();
        return server;
      } catch (IllegalStateException e) {
        last = e;
        server.stop();
        try {
          Thread.sleep(500);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
    throw last;
  }

  public static int port() {
    greenMail();
    return port;
  }

  /** Every message delivered to {@code address}'s mailbox so far. */
  public static List<MimeMessage> inbox(String address) {
    return greenMail()
        .findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
        .toList();
  }
}
