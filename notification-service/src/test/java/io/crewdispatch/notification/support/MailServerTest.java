package io.crewdispatch.notification.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shared test mail server comes back on its port even when the port is not free at once. */
class MailServerTest {

  @Test
  void comesBackUpOnItsPortOnceThePortIsFreeAgain() throws Exception {
    MailServer.down();
    ServerSocket squatter = new ServerSocket();
    squatter.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), MailServer.port()));
    CompletableFuture<Void> leaves =
        CompletableFuture.runAsync(
            () -> {
              try {
                squatter.close();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            },
            CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS));

    MailServer.up();

    leaves.get();
    try (Socket client = new Socket("127.0.0.1", MailServer.port())) {
      assertThat(new String(client.getInputStream().readNBytes(3))).isEqualTo("220");
    }
  }
}
