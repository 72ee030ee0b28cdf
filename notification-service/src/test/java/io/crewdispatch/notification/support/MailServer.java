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

  private MailServer() {}

  public static synchronized GreenMail greenMail() {
    if (greenMail == null) {
      GreenMail server =
          new GreenMail(new ServerSetup(Infrastructure.freePort(), "127.0.0.1", "smtp"));
      server.start();
      greenMail = server;
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-shutdown"));
    }
    return greenMail;
  }

  public static int port() {
    return greenMail().getSmtp().getPort();
  }

  /** Every message delivered to {@code address}'s mailbox so far. */
  public static List<MimeMessage> inbox(String address) {
    return greenMail()
        .findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
        .toList();
  }
}
