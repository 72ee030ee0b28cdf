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

  private static GreenMail greenMail;
  private static int port;

  private MailServer() {}

  public static synchronized GreenMail greenMail() {
    if (greenMail == null) {
      port = Infrastructure.freePort();
      GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
      server.start();
      greenMail = server;
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
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    server.start();
    greenMail = server;
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
